package dev.veil.pipeline;

import dev.veil.detect.DetectionEngine;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.TextDecoding;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.document.text.TextWindows;
import dev.veil.policy.Mode;
import dev.veil.policy.Policy;
import dev.veil.transform.TransformTally;
import dev.veil.transform.Transformer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The start of every GET from a source that streams: original bytes are passed through as they
 * arrive, large text-like objects (plain text, CSV/TSV, JSON Lines) are inspected a window at a
 * time, and everything else is read whole (up to {@code maxObjectBytes}) for the whole-document
 * path. Fails closed like the rest of the pipeline: before the first byte with a normal error,
 * after it by failing the {@link StreamedBody}.
 */
final class StreamingPath {
    /** What the start decided: an answer, or an object read whole for the whole-document path. */
    sealed interface Start permits Answered, Whole {
    }

    record Answered(Outcome outcome) implements Start {
    }

    record Whole(SourceObject object) implements Start {
    }

    private final ObjectPipeline pipeline;
    private final StreamSettings settings;

    StreamingPath(ObjectPipeline pipeline, StreamSettings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    /**
     * Opens the object and decides how to answer.
     *
     * @throws SourceException            for S3's own errors and failed fetches
     * @throws DeadlineExceededException  when the fetch runs out of time
     */
    Start start(ObjectRequest request, Policy policy, Policy.Decision decision, ObjectSource source,
                Deadline deadline, AtomicLong units) {
        String mode = decision.mode().label();
        SourceStream s = source.open(deadline, Map.of());
        boolean handedOver = false;
        try {
            if (decision.mode() == Mode.PASS) {
                handedOver = true;
                return new Answered(new Outcome(passThrough(request, s), mode, decision.rule(), "pass", "", Map.of(),
                        s.declaredLength()));
            }
            if (decision.mode() == Mode.DENY) {
                Optional<ResultCache.Entry> hit = cached(request, policy, s, mode);
                if (hit.isPresent()) {
                    ResultCache.Entry e = hit.get();
                    handedOver = e.clean();
                    return new Answered(e.clean()
                            ? new Outcome(passThrough(request, s), mode, decision.rule(), "clean", e.format(),
                                    Map.of(), s.declaredLength(), true)
                            : new Outcome(ObjectPipeline.denied(), mode, decision.rule(), "deny", e.format(),
                                    e.entities(), s.declaredLength(), true));
                }
            }
            long declared = s.declaredLength();
            if (declared > Math.max(policy.maxObjectBytes(), policy.maxStreamBytes())) {
                return new Answered(tooLarge(Math.max(policy.maxObjectBytes(), policy.maxStreamBytes()), mode,
                        decision.rule(), declared));
            }
            byte[] head = TextStreams.head(s.body(), TextStreams.HEAD);
            boolean complete = head.length < TextStreams.HEAD;
            DocumentTypes.DocumentType type = pipeline.types.detect(head, ObjectPipeline.fileName(request.key()));
            Optional<TextWindows.Shape> shape = TextWindows.shapeOf(type.mediaType());
            Optional<DocumentFormat> format = (decision.mode() == Mode.TOKENISE ? pipeline.tokenFormats
                    : pipeline.redactFormats).forMediaType(type.mediaType());
            long threshold = Math.min(policy.maxObjectBytes(), settings.streamAboveBytes());
            boolean large = declared < 0 ? !complete : declared > threshold;
            if (shape.isEmpty() || format.isEmpty() || !large) {
                return new Whole(readWhole(s, head, policy.maxObjectBytes()));
            }
            if (declared > policy.maxStreamBytes()) {
                return new Answered(tooLarge(policy.maxStreamBytes(), mode, decision.rule(), declared));
            }
            handedOver = true;
            StreamedText text = new StreamedText(request, policy, decision, source, s, head, complete, shape.get(),
                    format.get(), type.mediaType(), deadline, units);
            return new Answered(pipeline.onWorker(request, text::answer, deadline, mode, decision.rule(), declared));
        } catch (IOException e) {
            if (deadline.passed()) {
                throw new DeadlineExceededException("fetch");
            }
            throw new SourceException(503, "ServiceUnavailable", "reading the object from S3 failed");
        } finally {
            if (!handedOver) {
                s.close();
            }
        }
    }

    private Optional<ResultCache.Entry> cached(ObjectRequest request, Policy policy, SourceStream s, String mode) {
        ResultCache.Key key = ObjectPipeline.cacheKey(request, s.whole(new byte[0]), policy, mode, "");
        return key == null ? Optional.empty() : pipeline.cache.get(key);
    }

    private static Outcome tooLarge(long limit, String mode, String rule, long in) {
        return ObjectPipeline.failed(ObjectResponse.error(400, "EntityTooLarge", SourceException.tooLargeMessage(limit)),
                mode, rule, in);
    }

    /** The rest of the object after {@code head}, read whole up to {@code max} bytes, as the whole path expects it. */
    private static SourceObject readWhole(SourceStream s, byte[] head, long max) throws IOException {
        long declared = s.declaredLength();
        if (declared > max || head.length > max) {
            throw SourceException.tooLarge(max);
        }
        int cap = (int) Math.min(max, ObjectSource.MAX_IN_MEMORY);
        byte[] rest = s.body().readNBytes(cap - head.length);
        if (head.length + rest.length == cap && s.body().read() != -1) {
            throw SourceException.tooLarge(max);
        }
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        if (declared >= 0 && all.length != declared) {
            throw new IOException("the body ended before its declared length");
        }
        return s.whole(all);
    }

    /**
     * Original bytes as they arrive, with Range and partNumber applied to the declared length. A
     * source without a length, or no larger than the streaming threshold, is read whole first, so
     * that a source failing part way is a normal error.
     */
    ObjectResponse passThrough(ObjectRequest request, SourceStream s) {
        Map<String, String> headers = ObjectPipeline.passHeaders(s.whole(new byte[0]));
        long length = s.declaredLength();
        if (length < 0 || length <= settings.streamAboveBytes()) {
            try (s) {
                byte[] all = s.body().readNBytes((int) ObjectSource.MAX_IN_MEMORY);
                if (length >= 0 && all.length != length) {
                    throw new IOException("the body ended before its declared length");
                }
                return ObjectPipeline.ranged(request, all, headers);
            } catch (IOException e) {
                throw new SourceException(503, "ServiceUnavailable", "reading the object from S3 failed");
            }
        }
        ObjectResponse refused = rangeRefusal(request);
        ByteRange range;
        try {
            range = refused != null ? null : request.partNumber() == 1
                    ? (length == 0 ? null : new ByteRange(0, length - 1)) : ByteRange.parse(request.range(), length);
        } catch (ByteRange.Unsatisfiable e) {
            refused = ObjectResponse.error(416, "InvalidRange", "The requested range is not satisfiable");
            range = null;
        }
        if (refused != null) {
            s.close();
            return refused;
        }
        if (range == null) {
            return ObjectResponse.streamed(200, headers, OriginalBody.whole(s));
        }
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Content-Range", range.contentRange(length));
        return ObjectResponse.streamed(206, h, new OriginalBody(s, range.first(), range.last() - range.first() + 1));
    }

    /** The errors {@link ObjectPipeline#ranged} gives before looking at the body, or null. */
    static ObjectResponse rangeRefusal(ObjectRequest request) {
        if (!request.range().isEmpty() && request.partNumber() > 0) {
            return ObjectResponse.error(400, "InvalidRequest", "Range and partNumber cannot be used together");
        }
        if (request.partNumber() > 1) {
            return ObjectResponse.error(416, "InvalidPartNumber", "the transformed object has one part");
        }
        return null;
    }

    /** One large text-like object on its way through deny, redact or tokenise. */
    private final class StreamedText {
        private final ObjectRequest request;
        private final Policy policy;
        private final Policy.Decision decision;
        private final ObjectSource origin;
        private final SourceStream source;
        private final byte[] head;
        private final boolean complete;
        private final TextWindows.Shape shape;
        private final DocumentFormat format;
        private final String mediaType;
        private final Deadline deadline;
        private final AtomicLong units;

        StreamedText(ObjectRequest request, Policy policy, Policy.Decision decision, ObjectSource origin,
                     SourceStream source, byte[] head,
                     boolean complete, TextWindows.Shape shape, DocumentFormat format, String mediaType,
                     Deadline deadline, AtomicLong units) {
            this.request = request;
            this.policy = policy;
            this.decision = decision;
            this.origin = origin;
            this.source = source;
            this.head = head;
            this.complete = complete;
            this.shape = shape;
            this.format = format;
            this.mediaType = mediaType;
            this.deadline = deadline;
            this.units = units;
        }

        /** Runs on a worker under the deadline; closes the source unless a streamed body took it. */
        Outcome answer() {
            String mode = decision.mode().label();
            long in = source.declaredLength();
            boolean handedOver = false;
            try {
                TextDecoding.StreamCharset charset = TextDecoding.decideStream(head, complete);
                DetectionEngine engine = pipeline.engine(policy);
                WindowedText windows = new WindowedText(TextStreams.windows(head, source.body(), charset,
                        policy.maxStreamBytes(), shape, settings), shape, engine);
                if (decision.mode() == Mode.DENY) {
                    return deny(windows, bytes -> pipeline.count(format, bytes, windowLimits(), engine, deadline,
                            units));
                }
                Transformer transformer = pipeline.transforms.create(policy, decision.mode());
                TransformTally tally = transformer.tally();
                TransformedBody.WindowTransform transform = bytes -> {
                    deadline.check("transform");
                    return new DocumentRedactor(engine).redact(format, bytes, windowLimits(),
                            (f, value) -> transformer.replace(f, value, tally), deadline::check,
                            pipeline.remote == null ? null
                                    : texts -> pipeline.remoteFindings(texts, engine, deadline, units)).bytes();
                };
                Map<String, String> headers = streamedHeaders();
                ObjectResponse refused = rangeRefusal(request);
                if (refused != null) {
                    return ObjectPipeline.failed(refused, mode, decision.rule(), in);
                }
                WindowedText.Window first = windows.next();
                String firstOut = first == null ? "" : WindowedText.output(first, transform.apply(first.utf8()));
                TransformedBody body = new TransformedBody(source, windows, transform, charset, firstOut,
                        settings.workers(), () -> { });
                if (!request.range().isEmpty()) {
                    RangedSink sink = new RangedSink(request.range(), settings.maxRangeBytes());
                    body.writeTo(sink);
                    return new Outcome(sink.answer(headers), mode, decision.rule(), mode, format.name(),
                            tally.summary().countsByName(), in);
                }
                handedOver = true;
                return new Outcome(ObjectResponse.streamed(200, headers, body), mode, decision.rule(), mode,
                        format.name(), Map.of(), in, false, () -> tally.summary().countsByName());
            } catch (UnreadableDocumentException | TransformFactory.NotConfiguredException
                     | dev.veil.detect.RemoteDetectionException e) {
                return ObjectPipeline.failed(ObjectPipeline.inspectionFailure(request, e), mode, decision.rule(), in);
            } catch (IOException e) {
                if (e.getCause() instanceof RuntimeException r && !(r instanceof DeadlineExceededException)) {
                    return ObjectPipeline.failed(r instanceof UnreadableDocumentException u
                            ? ObjectPipeline.inspectionFailure(request, u)
                            : ObjectResponse.error(500, "InternalError", "Veil could not process the object"),
                            mode, decision.rule(), in);
                }
                if (deadline.passed()) {
                    throw new DeadlineExceededException("fetch");
                }
                return ObjectPipeline.failed(ObjectResponse.error(503, "ServiceUnavailable",
                        "reading the object from S3 failed"), mode, decision.rule(), in);
            } finally {
                if (!handedOver) {
                    source.close();
                }
            }
        }

        /**
         * Deny mode: detection only, window by window, stopping at the first finding. A clean
         * object is then fetched again, pinned by {@code If-Match} to the version inspected, and
         * passed through as it arrives (it was not kept).
         */
        private Outcome deny(WindowedText windows, java.util.function.Function<byte[], Map<String, Integer>> count)
                throws IOException {
            String mode = decision.mode().label();
            long in = source.declaredLength();
            ResultCache.Key key = ObjectPipeline.cacheKey(request, source.whole(new byte[0]), policy, mode, "");
            WindowedText.Window window;
            while ((window = windows.next()) != null) {
                deadline.check("detect");
                Map<String, Integer> found = count.apply(window.utf8());
                if (!found.isEmpty()) {
                    ObjectResponse denied = ObjectPipeline.denied();
                    pipeline.remember(key, new ResultCache.Entry(denied, found, format.name(), false));
                    return new Outcome(denied, mode, decision.rule(), "deny", format.name(), found, in);
                }
            }
            source.close();
            String etag = source.header("etag");
            if (etag == null || etag.isBlank()) {
                return ObjectPipeline.failed(ObjectResponse.error(503, "ServiceUnavailable",
                        "the object has no ETag to pin its version between inspection and answer"), mode,
                        decision.rule(), in);
            }
            pipeline.remember(key, new ResultCache.Entry(ObjectResponse.ok(200, Map.of(), new byte[0]), Map.of(),
                    format.name(), true));
            SourceStream again;
            try {
                again = origin.open(deadline, Map.of("If-Match", etag));
            } catch (SourceException e) {
                return ObjectPipeline.failed(e.status() == 412
                        ? ObjectResponse.error(503, "ServiceUnavailable", "the object changed while it was inspected")
                        : ObjectResponse.error(e.status(), e.code(), e.getMessage()), mode, decision.rule(), in);
            }
            if (!etag.equals(again.header("etag"))) {
                again.close();
                return ObjectPipeline.failed(ObjectResponse.error(503, "ServiceUnavailable",
                        "the object changed while it was inspected"), mode, decision.rule(), in);
            }
            return new Outcome(passThrough(request, again), mode, decision.rule(), "clean", format.name(), Map.of(), in);
        }

        /** The headers of a changed body of unknown length: no ETag, length, checksum or user metadata. */
        private Map<String, String> streamedHeaders() {
            Map<String, String> h = ObjectPipeline.changedHeaders(source.whole(new byte[0]), new byte[0]);
            h.remove("ETag");
            if (!h.containsKey("Content-Type")) {
                h.put("Content-Type", mediaType);
            }
            return h;
        }

        private DocumentLimits windowLimits() {
            DocumentLimits d = ObjectPipeline.limits(policy);
            long bytes = 4L * (settings.maxRecordChars() + settings.windowChars() + WindowedText.SEAM);
            return new DocumentLimits(bytes, d.maxPages(), d.maxParts(), d.minInflateRatio(), d.maxExpandedBytes(),
                    d.maxNestingDepth());
        }
    }

}
