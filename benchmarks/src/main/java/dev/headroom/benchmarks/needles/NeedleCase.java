package dev.headroom.benchmarks.needles;

import java.util.List;
import java.util.Objects;

/**
 * One benchmark case: a tool output, the tool call that produced it, the user's question, and the needles
 * an agent would need from it.
 *
 * @param name          unique, stable name
 * @param kind          the kind label used for per-kind reporting (log, search, diff, build, json, jsonl,
 *                      table, csv, listing)
 * @param format        the concrete format (nginx-access, klog, rg-heading, ...)
 * @param content       the tool output
 * @param toolName      the tool's name as the model called it
 * @param toolArguments the tool call's arguments (a JSON string)
 * @param question      the last user message; may be empty
 * @param needles       what must survive, written from the input and the question alone
 * @param heldAside     reported separately; nobody tunes a compressor on these
 */
public record NeedleCase(String name, String kind, String format, String content, String toolName,
                         String toolArguments, String question, List<Needle> needles, boolean heldAside) {

    public NeedleCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(toolArguments, "toolArguments");
        Objects.requireNonNull(question, "question");
        needles = List.copyOf(needles);
    }

    /** Starts a case; the tool call defaults to a shell command {@code command}. */
    static Builder named(String name, String kind, String format) {
        return new Builder(name, kind, format);
    }

    static final class Builder {
        private final String name;
        private final String kind;
        private final String format;
        private String toolName = "bash";
        private String toolArguments = "{}";
        private String question = "";
        private boolean heldAside;

        private Builder(String name, String kind, String format) {
            this.name = name;
            this.kind = kind;
            this.format = format;
        }

        /** A {@code bash} tool call running {@code command}. */
        Builder shell(String command) {
            this.toolName = "bash";
            this.toolArguments = "{\"command\":\"" + Json.escape(command) + "\"}";
            return this;
        }

        Builder tool(String toolName, String toolArguments) {
            this.toolName = toolName;
            this.toolArguments = toolArguments;
            return this;
        }

        Builder question(String question) {
            this.question = question;
            return this;
        }

        Builder heldAside() {
            this.heldAside = true;
            return this;
        }

        NeedleCase build(String content, List<Needle> needles) {
            return new NeedleCase(name, kind, format, content, toolName, toolArguments, question, needles, heldAside);
        }
    }
}
