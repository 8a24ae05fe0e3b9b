// The build failed, and for the right reason: Surefire counted the vectors and their failures,
// rather than reporting "Tests run: 0" (the trap of an engine whose tests no class selects).
def report = new File(basedir, 'target/surefire-reports/TEST-example.SuitcaseConformanceTest.xml')
assert report.isFile() : "no Surefire report for the suite class: ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
int tests = suite.@tests.toInteger()
int failures = suite.@failures.toInteger()
assert tests > 0 : "Surefire ran no test"
assert failures > 0 : "Surefire counted no failure among ${tests} tests"
def failed = suite.testcase.findAll { it.failure.size() > 0 }
assert failed.size() == failures
assert failed.every { it.failure.@message.text().contains('FAIL_ACCEPTED') } : 'every failure says its verdict'
def log = new File(basedir, 'build.log').text
assert log.contains("Tests run: ${tests}, Failures: ${failures}") : 'the build log counts the failures'
assert log.contains('BUILD FAILURE')
return true
