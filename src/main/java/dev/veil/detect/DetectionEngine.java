package dev.veil.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs detectors over a text and returns disjoint findings: runs each enabled detector, keeps the
 * enabled types, drops allow-listed values and findings under the minimum score, then merges
 * overlaps ({@link OverlapResolver}). Immutable and thread-safe once built.
 */
public final class DetectionEngine {
    private final List<Detector> detectors;
    /** The same, as an array: walked once per text, without an iterator. */
    private final Detector[] detectorArray;
    private final Set<EntityType> types;
    private final double minScore;
    private final AllowList allowList;
    /** Where the context phrases of its detectors are, found once per text for all; {@code null} when none has any. */
    private final ContextIndex contextIndex;

    private DetectionEngine(Builder b) {
        this.types = b.types.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(b.types);
        List<Detector> active = new ArrayList<>();
        for (Detector d : b.detectors) {
            if (d.types().stream().anyMatch(types::contains)) {
                active.add(d);
            }
        }
        this.detectors = List.copyOf(active);
        this.detectorArray = this.detectors.toArray(new Detector[0]);
        List<ContextRegions> phrases = new ArrayList<>();
        for (Detector d : detectors) {
            for (ContextWords c : d.contextPhrases()) {
                phrases.add(c.regions());
            }
        }
        this.contextIndex = ContextIndex.of(phrases);
        this.minScore = b.minScore;
        this.allowList = b.allowList;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An engine with every built-in detector and the default settings. */
    public static DetectionEngine defaults() {
        return builder().detectors(BuiltInDetectors.all()).build();
    }

    public List<Detector> detectors() {
        return detectors;
    }

    public Set<EntityType> types() {
        return Set.copyOf(types);
    }

    public double minScore() {
        return minScore;
    }

    public List<Finding> detect(String text) {
        return OverlapResolver.resolve(detectAll(new TextView(text)), text.length());
    }

    /**
     * The findings of each text, as {@link #detect} finds them in the texts joined: a document's
     * units (a row, a cell, a paragraph) are short, and an engine call has a fixed cost over its
     * sixty detectors that a unit of a hundred characters pays several times over (a contact
     * list's rows ran at a third of the engine's speed on whole texts). Consecutive texts are
     * joined into calls of at most {@link #BATCH_CHARS} characters (a longer text is a call of
     * its own), and the findings are split back onto the texts ({@link JoinedTexts}).
     * Between two texts is {@link #BATCH_SEPARATOR}: blank lines, which end a line, a field's
     * value, a table and a paragraph for every detector, around a line of spaces wider than any
     * detector's window of context ({@link ContextWords}: 200 characters), so that "aged" in one
     * text does not make "Room 42" in the next an age. What a detector keeps of a whole text
     * still carries over (a name said before is known again), as it does in one text. A finding
     * that runs over the edge of a text is cut onto each text it covers: no character of it is
     * left.
     * {@code beforeEachCall} runs before each engine call (a deadline's check).
     */
    public List<List<Finding>> detectEach(List<String> texts, Runnable beforeEachCall) {
        List<List<Finding>> out = new ArrayList<>(texts.size());
        int next = 0;
        while (next < texts.size()) {
            int from = next;
            long chars = texts.get(next++).length();
            while (next < texts.size() && chars + BATCH_SEPARATOR.length() + texts.get(next).length() <= BATCH_CHARS) {
                chars += BATCH_SEPARATOR.length() + texts.get(next++).length();
            }
            beforeEachCall.run();
            if (next - from == 1) {
                out.add(detect(texts.get(from)));
                continue;
            }
            JoinedTexts joined = new JoinedTexts(texts.subList(from, next), BATCH_SEPARATOR);
            out.addAll(joined.split(detect(joined.text())));
        }
        return out;
    }

    /** As {@link #detectEach(List, Runnable)}, with nothing run between calls. */
    public List<List<Finding>> detectEach(List<String> texts) {
        return detectEach(texts, () -> { });
    }

    /** Most characters {@link #detectEach} joins into one engine call. */
    public static final int BATCH_CHARS = 1 << 16;
    /** What {@link #detectEach} puts between two texts: blank lines around 252 spaces, 256 characters. */
    static final String BATCH_SEPARATOR = "\n\n" + " ".repeat(252) + "\n\n";

    /** Findings that pass the filters, before overlaps are merged (for evaluation and explanations). */
    public List<Finding> detectAll(TextView view) {
        String text = view.text();
        if (contextIndex != null) {
            view.useContextIndex(contextIndex);
        }
        // every detector's findings first, then one list of their total size: on a long text it grew
        // (and was copied) a dozen times and more
        @SuppressWarnings("unchecked")
        List<Finding>[] founds = new List[detectorArray.length];
        int total = 0;
        for (int i = 0; i < detectorArray.length; i++) {
            founds[i] = detectorArray[i].detect(view);
            total += founds[i].size();
        }
        List<Finding> kept = new ArrayList<>(total);
        for (List<Finding> found : founds) {
            if (found.isEmpty()) {
                continue; // most detectors find nothing in a short unit: no iterator made for it
            }
            for (Finding f : found) {
                if (f.end() > text.length() || !types.contains(f.type()) || f.score() < minScore) {
                    continue;
                }
                if (!allowList.isEmpty() && allowList.allows(text.subSequence(f.start(), f.end()))) {
                    continue;
                }
                kept.add(f);
            }
        }
        return kept;
    }

    /** Builds a {@link DetectionEngine}. */
    public static final class Builder {
        private final List<Detector> detectors = new ArrayList<>();
        private final Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        private double minScore = ScoreModel.DEFAULT_MIN_SCORE;
        private AllowList allowList = AllowList.empty();

        public Builder detectors(Collection<? extends Detector> ds) {
            detectors.addAll(ds);
            return this;
        }

        public Builder detector(Detector d) {
            detectors.add(Objects.requireNonNull(d));
            return this;
        }

        /** Only these types are reported; empty (the default) means all. */
        public Builder types(Collection<EntityType> ts) {
            types.addAll(ts);
            return this;
        }

        public Builder minScore(double s) {
            if (s < 0 || s > 1) {
                throw new IllegalArgumentException("minScore out of [0,1]: " + s);
            }
            this.minScore = s;
            return this;
        }

        public Builder allowList(AllowList a) {
            this.allowList = Objects.requireNonNull(a);
            return this;
        }

        public DetectionEngine build() {
            return new DetectionEngine(this);
        }
    }
}
