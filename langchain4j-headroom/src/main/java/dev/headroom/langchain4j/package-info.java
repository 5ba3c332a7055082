/**
 * The LangChain4j decorators: {@link dev.headroom.langchain4j.HeadroomChatModel} and
 * {@link dev.headroom.langchain4j.HeadroomStreamingChatModel} wrap any {@code ChatModel} /
 * {@code StreamingChatModel}, compress tool results on the wire and answer {@code headroom_retrieve} in
 * hidden rounds.
 *
 * <p>All conversation logic lives in two package-private classes shared by both decorators:
 * {@code ToolResultCompression} (which messages change, with which context, and the retrieval scope) and
 * {@code RetrievalLoop} (the bounded retrieval rounds, stripping, token-usage sums; its class comment
 * lists the states). {@code ConversationBudgeting} sends old tool results as a stub once a conversation passes its
 * budget; {@code BudgetPolicy} decides which, by replaying the conversation (its class comment says why the
 * decision stays the same on every later turn). {@code StreamingConversation} adds only what streaming needs: live relay of text and
 * thinking, held tool-call events, one terminal callback, and cancellation.
 *
 * <p>{@link dev.headroom.langchain4j.HeadroomReport} is the per-call account: {@code ReportTally} adds it up as the
 * request goes through compression, the budget and the rounds; {@code RetrievalLoop} passes it to the delegate's
 * listeners as attributes and attaches it to the response ({@code ReportedChatResponse}).
 *
 * <p>Nothing here knows about JSON, logs or any content kind; the decorators keep no state between
 * requests (the engine's store and memo are the only state), so any number of instances compress the same
 * history to the same bytes.
 */
@NullMarked
package dev.headroom.langchain4j;

import org.jspecify.annotations.NullMarked;
