package dev.headroom.cli;

/** A command line that cannot be run as given; its message is shown above the usage text (exit code 2). */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
