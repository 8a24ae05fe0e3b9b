package example;

import dev.suitcase.runner.engine.SuitcaseSuite;

/** The suite in this build: every vector of the corpus on the adapter of junit-platform.properties. */
class SuitcaseConformanceTest extends SuitcaseSuite {
}
