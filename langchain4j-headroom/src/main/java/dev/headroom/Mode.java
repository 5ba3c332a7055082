package dev.headroom;

/**
 * Whether Headroom changes what the wrapped model receives ({@link HeadroomConfig#mode()}).
 *
 * <p>In both modes the decorators compute the same things for every request: each tool result's compressed form, the
 * per-result ceiling, the conversation budget's stubs, the per-call {@code HeadroomReport}, statistics, meters and
 * money. The mode decides only what is sent.
 *
 * @since 0.1.0
 */
public enum Mode {

    /** The default: the wrapped model receives the compressed request and the {@code headroom_retrieve} tool. */
    ACTIVE,

    /**
     * A trial on real traffic: the wrapped model receives the caller's request exactly as it would without Headroom (no
     * compressed tool result, no stub, no {@code headroom_retrieve} tool; the same bytes on the wire) and its response
     * reaches the caller as it came. Every figure of the report, the statistics and the meters is what Headroom
     * <em>would have</em> done; the report and the statistics say so ({@code HeadroomReport#shadow()},
     * {@code HeadroomStats#shadow()}). Originals still go into the store, as they would in {@link #ACTIVE} mode, so
     * that the figures (and the store's memory) are those of the real thing.
     */
    SHADOW
}
