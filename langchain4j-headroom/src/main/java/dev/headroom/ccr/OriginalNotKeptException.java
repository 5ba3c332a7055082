package dev.headroom.ccr;

/**
 * The cause the engine reports ({@code StatsCounter.recordFailOpen}) when a {@link CompressionStore} returned
 * {@code false} from {@link CompressionStore#put}: the original was too large for the store, refused by its
 * admission policy or evicted at once, so its tool result went out without omissions. Not thrown; carries no
 * stack trace (it is an ordinary outcome, not a fault in the code).
 */
public final class OriginalNotKeptException extends RuntimeException {

    public OriginalNotKeptException(String message) {
        super(message, null, false, false);
    }
}
