package dev.suitcase.runner.engine;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The entry point for build tools and IDEs: a project runs the suite in its own {@code mvn test}
 * with one test class that extends this one,
 * <pre>{@code class SuitcaseConformanceTest extends SuitcaseSuite {}}</pre>
 * and its adapter in {@code src/test/resources/junit-platform.properties}
 * ({@code suitcase.adapters=java:com.example.MyAdapter}; runner/README.md lists every key).
 *
 * <p>Why a class: Surefire and Gradle select test classes. An engine whose tests have no class
 * behind them is never asked for its tests, and the build reports "Tests run: 0, BUILD SUCCESS"
 * while vectors fail. Through this {@link Suite}, the class is selected, the suite engine asks the
 * suitcase engine for the corpus, and every vector counts as a test of the class, failures
 * included. A suite that finds no vector fails, rather than passing empty.
 */
@Suite
@SuiteDisplayName("suitcase")
@IncludeEngines(SuitcaseTestEngine.ID)
@SelectClasspathResource(CorpusLocation.CLASSPATH_RESOURCE)
public abstract class SuitcaseSuite {
}
