package dev.suitcase.verifier.suit;

import java.util.List;

/**
 * A parsed SUIT_Command_Sequence (draft-ietf-suit-manifest-37 §8.4.6).
 *
 * @param name     where the sequence came from, for messages, e.g. {@code suit-install (20)} or
 *                 {@code suit-install (20) > try-each 2 of 2}
 * @param commands the commands, in order; empty only for the nil alternative of Try Each (§8.4.10.2)
 */
record CommandSequence(String name, List<Command> commands) {
    CommandSequence {
        commands = List.copyOf(commands);
    }
}
