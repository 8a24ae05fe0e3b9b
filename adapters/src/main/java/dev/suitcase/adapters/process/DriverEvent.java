package dev.suitcase.adapters.process;

/** Everything the process adapter's driver thread reacts to, in the order it arrives. */
sealed interface DriverEvent permits ProgramEvent, DriverEvent.Submitted, DriverEvent.CloseRequested {

    /** A caller submitted a request. */
    record Submitted(Exchange exchange) implements DriverEvent {
    }

    /** The adapter is being closed. */
    record CloseRequested() implements DriverEvent {
    }
}
