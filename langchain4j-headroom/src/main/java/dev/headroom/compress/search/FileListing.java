package dev.headroom.compress.search;

import dev.headroom.compress.WorkBudget;
import dev.headroom.relevance.Bm25;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The listing of files whose matches were not all shown: {@code dir/: a.py 3, b.py 1; x.py 2}. Up to
 * {@code maxFiles} files appear by name with their match count (directories in order of first appearance,
 * so long prefixes are not repeated); when there are more, the files the query context names come first,
 * then those with the most matches, and the rest are counted per directory, coarsened to shorter
 * prefixes until at most {@code 2 × maxFiles} directories remain:
 * {@code ...; and 160 more files with 255 matches (1-4 each), files per directory: ./ 40, distutils/ 20}.
 *
 * <p>Why a cap: listing every file of a grep over a large tree costs ~6 tokens a file (175 files ≈ 1.1k
 * tokens, more than the match lines themselves), while the files with a match or two add little an agent
 * cannot get back with {@code headroom_retrieve(query="<directory or file>")}.
 */
final class FileListing {

    private final List<String> files;
    private final List<List<Integer>> matchesByFile;
    private final int maxFiles;
    private final String query;
    private final WorkBudget budget;

    FileListing(List<String> files, List<List<Integer>> matchesByFile, int maxFiles, String query, WorkBudget budget) {
        this.budget = budget;
        this.files = files;
        this.matchesByFile = matchesByFile;
        this.maxFiles = maxFiles;
        this.query = query;
    }

    /** The match lines of file {@code file}, in order. */
    List<Integer> matchesOf(int file) {
        return matchesByFile.get(file);
    }

    int fileCount() {
        return files.size();
    }

    /** The listing for the files with fewer than all matches shown, or "" when every match was shown. */
    String render(int[] shown) {
        List<Integer> partial = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            if (shown[f] < matchesByFile.get(f).size()) {
                partial.add(f);
            }
        }
        if (partial.isEmpty()) {
            return "";
        }
        boolean[] named = new boolean[files.size()];
        if (partial.size() <= maxFiles) {
            partial.forEach(f -> named[f] = true);
        } else {
            Integer[] ranked = partial.toArray(new Integer[0]);
            double[] relevance = pathRelevance(partial);
            Arrays.sort(ranked, (a, b) -> {
                int c = Double.compare(relevance[b], relevance[a]);
                if (c == 0) {
                    c = Integer.compare(matchesByFile.get(b).size(), matchesByFile.get(a).size());
                }
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < maxFiles; i++) {
                named[ranked[i]] = true;
            }
        }
        StringBuilder sb = new StringBuilder();
        Map<String, StringBuilder> byDir = new LinkedHashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int f : partial) {
            if (!named[f]) {
                rest.add(f);
                continue;
            }
            String path = files.get(f);
            int slash = lastSeparator(path);
            StringBuilder entries = byDir.computeIfAbsent(path.substring(0, slash + 1), d -> new StringBuilder());
            entries.append(entries.length() == 0 ? "" : ", ").append(path, slash + 1, path.length())
                    .append(' ').append(matchesByFile.get(f).size());
        }
        for (Map.Entry<String, StringBuilder> e : byDir.entrySet()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(e.getKey().isEmpty() ? "" : e.getKey() + ": ").append(e.getValue());
        }
        if (!rest.isEmpty()) {
            appendRest(sb, rest);
        }
        return sb.toString();
    }

    private void appendRest(StringBuilder sb, List<Integer> rest) {
        int matches = 0;
        int least = Integer.MAX_VALUE;
        int most = 0;
        for (int f : rest) {
            int count = matchesByFile.get(f).size();
            matches += count;
            least = Math.min(least, count);
            most = Math.max(most, count);
        }
        sb.append("; and ").append(rest.size()).append(" more files with ").append(matches).append(" matches (")
                .append(least == most ? String.valueOf(least) : least + "-" + most).append(" each), files per directory: ");
        Map<String, Integer> groups = directoryGroups(rest);
        boolean first = true;
        for (Map.Entry<String, Integer> e : groups.entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey().isEmpty() ? "./" : e.getKey()).append(' ').append(e.getValue());
            first = false;
        }
    }

    /**
     * Files per directory prefix, in order of first appearance: the deepest prefix length (in path
     * segments) that yields at most {@code 2 × maxFiles} groups.
     */
    private Map<String, Integer> directoryGroups(List<Integer> rest) {
        int maxGroups = 2 * maxFiles;
        int depth = 0;
        for (int f : rest) {
            depth = Math.max(depth, segments(files.get(f)));
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int k = depth; k >= 0; k--) {
            groups.clear();
            for (int f : rest) {
                groups.merge(prefix(files.get(f), k), 1, Integer::sum);
            }
            if (groups.size() <= maxGroups) {
                break;
            }
        }
        return groups;
    }

    /** BM25 of each file's path against the query, by file id (0 for files not in {@code partial}). */
    private double[] pathRelevance(List<Integer> partial) {
        double[] relevance = new double[files.size()];
        if (query.isBlank()) {
            return relevance;
        }
        List<String> paths = new ArrayList<>(partial.size());
        for (int f : partial) {
            paths.add(files.get(f));
        }
        double[] scores = Bm25.index(paths, budget).scores(query);
        for (int k = 0; k < partial.size(); k++) {
            relevance[partial.get(k)] = scores[k];
        }
        return relevance;
    }

    /** How many directory segments the path has ({@code a/b/c.py} → 2). */
    private static int segments(String path) {
        int count = 0;
        for (int i = 0; i < path.length(); i++) {
            if (isSeparator(path.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** The path's first {@code k} directory segments with their separators ({@code a/b/c.py}, 1 → {@code a/}). */
    private static String prefix(String path, int k) {
        if (k == 0) {
            return "";
        }
        int seen = 0;
        for (int i = 0; i < path.length() && seen < k; i++) {
            if (isSeparator(path.charAt(i)) && ++seen == k) {
                return path.substring(0, i + 1);
            }
        }
        return path.substring(0, lastSeparator(path) + 1);
    }

    private static int lastSeparator(String path) {
        return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }
}
