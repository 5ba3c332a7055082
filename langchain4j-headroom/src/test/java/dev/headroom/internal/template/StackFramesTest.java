package dev.headroom.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackFramesTest {

    @Test
    void should_find_a_frame_behind_a_line_prefix_and_tell_the_application_from_libraries() {
        String app = "12-07 14:05:56.775 21877 21877 E AndroidRuntime: \tat com.acme.shop.Cart.total(Cart.kt:42)";
        String android = "12-07 14:05:56.775 21877 21877 E AndroidRuntime: \tat android.os.Looper.loop(Looper.java:288)";
        String module = "    at java.base/java.lang.Thread.run(Thread.java:1583)";
        assertThat(StackFrames.frameAt(app)).isEqualTo(app.indexOf("com.acme"));
        assertThat(StackFrames.isLibrary(app, StackFrames.frameAt(app))).isFalse();
        assertThat(StackFrames.isLibrary(android, StackFrames.frameAt(android))).isTrue();
        assertThat(StackFrames.isLibrary(module, StackFrames.frameAt(module))).isTrue();
        assertThat(StackFrames.frameAt("we met at noon (sharp)")).isEqualTo(-1);
        assertThat(StackFrames.frameAt("at com.acme.Foo.bar(Foo.java:1)")).isEqualTo(-1); // unindented: not a frame line
    }
}
