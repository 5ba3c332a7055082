package dev.headroom.compress.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines around a shown problem line {@link TraceLines} keeps: here, the first application frame of its trace. */
class TraceLinesTest {

    private static final String APP =
            "         at Shop.Api.Carts.CartsController.Checkout(Int32 id) in /src/Shop.Api/Carts/CartsController.cs:line 57";

    @Test
    void should_find_the_first_application_frame_past_the_separators_of_a_dotnet_trace() {
        // given: a .NET trace split in runs by an inner exception and "--- End of stack trace ---" lines
        String[] lines = {
            "      An unhandled exception was thrown by the application.",
            "      System.InvalidOperationException: The cart is locked.",
            "       ---> System.TimeoutException: Lock wait timed out",
            "         at System.Threading.Monitor.Wait(Object obj, Int32 millisecondsTimeout)",
            "      --- End of stack trace from previous location ---",
            "         at Microsoft.AspNetCore.Routing.EndpointMiddleware.Invoke(HttpContext context)",
            "      --- End of stack trace from previous location ---",
            APP,
            "         at Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocol.ProcessRequests()",
            "      Error Number:-2,State:0,Class:11",
        };
        boolean[] keep = new boolean[lines.length];
        // when
        TraceLines.keepFirstApplicationFrame(lines, 0, keep);
        // then: only the application's frame
        assertThat(keep).containsExactly(false, false, false, false, false, false, false, true, false, false);
    }

    @Test
    void should_stop_at_the_end_of_the_trace() {
        // given: the trace ends before a later, unrelated frame
        String[] lines = {
            "      System.InvalidOperationException: The cart is locked.",
            "         at System.Threading.Monitor.Wait(Object obj, Int32 millisecondsTimeout)",
            "      Request 12 served in 4 ms",
            "      Request 13 served in 5 ms",
            APP,
        };
        boolean[] keep = new boolean[lines.length];
        // when
        TraceLines.keepFirstApplicationFrame(lines, 0, keep);
        // then
        assertThat(keep).containsOnly(false);
    }

    @Test
    void should_keep_the_lines_announced_by_a_problem_line_or_the_line_after_it() {
        // given: a gtest failure, whose second line announces the compared values
        String[] lines = {
            "services/ledger/ledger_test.cc:214: Failure",
            "Expected equality of these values:",
            "  account.balance().cents()",
            "    Which is: 9950",
            "  10000",
        };
        boolean[] keep = new boolean[lines.length];
        // when
        TraceLines.keepAnnounced(lines, 0, keep, 2);
        // then
        assertThat(keep).containsExactly(false, true, true, true, false);
    }

    @Test
    void should_keep_nothing_after_a_problem_line_that_announces_nothing() {
        // given
        String[] lines = {"services/ledger/ledger_test.cc:214: Failure", "[  FAILED  ] LedgerTest.AppliesRefund (2 ms)", "next"};
        boolean[] keep = new boolean[lines.length];
        // when
        TraceLines.keepAnnounced(lines, 0, keep, 2);
        // then
        assertThat(keep).containsOnly(false);
    }
}
