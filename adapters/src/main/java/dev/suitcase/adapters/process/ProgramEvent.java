package dev.suitcase.adapters.process;

/**
 * What the reader and writer threads of one running program report to the driver. Each event
 * names the program's generation, so events of a program that was already replaced are ignored.
 */
sealed interface ProgramEvent extends DriverEvent {

    int generation();

    /** One complete stdout line, without its line end. */
    record Line(int generation, byte[] bytes) implements ProgramEvent {
    }

    /** A stdout line grew past the limit; the reader stopped. */
    record Overlong(int generation, int limit) implements ProgramEvent {
    }

    /** stdout reached its end: the program exited or closed it. */
    record EndOfOutput(int generation) implements ProgramEvent {
    }

    /** Writing to the program's stdin failed: it stopped reading or died. */
    record WriteFailed(int generation, String message) implements ProgramEvent {
    }
}
