package dev.headroom.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/** Exact token counts with jtokkit. Encodings are immutable and thread-safe. */
final class JtokkitTokenCounter implements TokenCounter {

    private final Encoding encoding;

    private JtokkitTokenCounter(Encoding encoding) {
        this.encoding = encoding;
    }

    static JtokkitTokenCounter o200k() {
        return Holder.O200K;
    }

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return encoding.countTokensOrdinary(text);
    }

    @Override
    public String toString() {
        return "TokenCounter.o200k()";
    }

    /** Lazy: loading the o200k vocabulary costs ~100 ms and most users never need it. */
    private static final class Holder {
        static final JtokkitTokenCounter O200K =
                new JtokkitTokenCounter(Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE));
    }
}
