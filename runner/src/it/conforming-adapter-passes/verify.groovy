// The build passed with the vectors counted: tests ran, none failed.
def report = new File(basedir, 'target/surefire-reports/TEST-example.SuitcaseConformanceTest.xml')
assert report.isFile() : "no Surefire report for the suite class: ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
int tests = suite.@tests.toInteger()
assert tests > 0 : 'Surefire ran no test'
assert suite.@failures.toInteger() == 0
assert suite.@errors.toInteger() == 0
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
