package dev.veil.pipeline;

import dev.veil.detect.BatchDetector;
import dev.veil.detect.DetectionDeadlineException;
import dev.veil.detect.DetectionEngine;
import dev.veil.detect.DetectionSettings;
import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.RemoteDetectionException;
import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentFormats;
import dev.veil.document.DocumentLimits;
import dev.veil.document.DocumentTypes;
import dev.veil.document.LegacyText;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.document.pdf.BoxStyle;
import dev.veil.policy.Mode;
import dev.veil.policy.Policy;
import dev.veil.policy.PrincipalTags;
import dev.veil.policy.TagLookupException;
import dev.veil.policy.Unsupported;
import dev.veil.transform.TransformTally;
import dev.veil.transform.Transformer;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS-free heart of every front door: decides the caller's mode, fetches the object, inspects
 * and transforms it, applies the range, and writes one audit record. It fails closed: every error
 * path is an {@link ObjectResponse#error} with no body, and only {@code pass} decisions and
 * clean objects in deny mode carry original bytes.
 * <p>
 * Work on the object runs on a worker thread bounded by the request's {@link Deadline}; when it
 * passes, the caller gets 503 and the work is interrupted. Thread-safe.
 */
public final class ObjectPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectPipeline.class);
    private static final int MAX_ENGINES = 64;

    private final PrincipalTags tags;
    final TransformFactory transforms;
    final BatchDetector remote;
    final ResultCache cache;
    private final SharedDetectionCache shared;
    private final StreamingPath streaming;
    private final AuditSink audit;
    private final Clock clock;
    final DocumentTypes types = DocumentTypes.standard();
    final DocumentFormats redactFormats = DocumentFormats.standard(BoxStyle.BLACK);
    final DocumentFormats tokenFormats = DocumentFormats.standard(BoxStyle.TEXT);
    private final Map<String, DetectionEngine> engines = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "veil-worker");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param tags       the callers' IAM tags (for tag rules)
     * @param transforms builds the transformer of a redact or tokenise request
     * @param audit      receives one record per request
     * @param clock      for durations
     */
    public ObjectPipeline(PrincipalTags tags, TransformFactory transforms, AuditSink audit, Clock clock) {
        this(tags, transforms, null, audit, clock, ResultCache.off());
    }

    public ObjectPipeline(PrincipalTags tags, TransformFactory transforms, BatchDetector remote, AuditSink audit,
                          Clock clock) {
        this(tags, transforms, remote, audit, clock, ResultCache.off());
    }

    /**
     * @param remote a remote detector (Amazon Comprehend) whose findings join the local ones, or
     *               null; in deny mode it is asked (cheaply) only when the local detectors found nothing
     */
    public ObjectPipeline(PrincipalTags tags, TransformFactory transforms, BatchDetector remote, AuditSink audit,
                          Clock clock, ResultCache cache) {
        this(tags, transforms, remote, audit, clock, cache, SharedDetectionCache.off(), StreamSettings.defaults());
    }

    /** @param shared the shared tier of the detection cache, behind {@code cache} */
    public ObjectPipeline(PrincipalTags tags, TransformFactory transforms, BatchDetector remote, AuditSink audit,
                          Clock clock, ResultCache cache, SharedDetectionCache shared) {
        this(tags, transforms, remote, audit, clock, cache, shared, StreamSettings.defaults());
    }

    /** @param streams when and how text-like objects are streamed rather than held whole */
    public ObjectPipeline(PrincipalTags tags, TransformFactory transforms, BatchDetector remote, AuditSink audit,
                          Clock clock, ResultCache cache, StreamSettings streams) {
        this(tags, transforms, remote, audit, clock, cache, SharedDetectionCache.off(), streams);
    }

    /** All parts: the shared detection cache and the streaming settings. */
    public ObjectPipeline(PrincipalTags tags, TransformFactory transforms, BatchDetector remote, AuditSink audit,
                          Clock clock, ResultCache cache, SharedDetectionCache shared, StreamSettings streams) {
        this.shared = shared;
        this.streaming = new StreamingPath(this, streams);
        this.cache = cache;
        this.remote = remote;
        this.tags = tags;
        this.transforms = transforms;
        this.audit = audit;
        this.clock = clock;
    }

    /** Handles one request; never throws, never returns original bytes on an error path. */
    public ObjectResponse handle(ObjectRequest request, Policy policy, ObjectSource source, Deadline deadline) {
        long started = clock.millis();
        AtomicLong units = new AtomicLong();
        Outcome o;
        try {
            o = decideAndRun(request, policy, source, deadline, units);
        } catch (RuntimeException | Error e) {
            // The last line of defence: whatever failed, the caller gets no body.
            LOG.error("request {} failed unexpectedly ({})", request.requestId(), e.getClass().getSimpleName());
            o = new Outcome(ObjectResponse.error(500, "InternalError", "Veil could not process the object"),
                    "", "", "error", "", Map.of(), 0);
        }
        ObjectResponse r = o.response();
        if (r.isStreamed() && !request.head()) {
            // the record is written once the body has been sent (or has failed part way)
            Outcome sent = o;
            return ObjectResponse.streamed(r.status(), r.headers(), new AuditedBody(r.stream(), (complete, bytes) ->
                    record(request, policy, sent, complete ? r : ObjectResponse.error(500, "InternalError",
                            "the answer failed part way"), bytes, started, units)));
        }
        record(request, policy, o, r, r.isError() ? 0 : r.contentLength(), started, units);
        return request.head() ? r.withoutBody() : r;
    }

    private void record(ObjectRequest request, Policy policy, Outcome o, ObjectResponse r, long bytesOut, long started,
                        AtomicLong units) {
        Map<String, Integer> entities = o.entitiesAtEnd() != null ? o.entitiesAtEnd().get() : o.entities();
        audit.record(new AuditRecord(request.requestId(), request.frontDoor(), request.caller().arn(),
                request.caller().accountId(), request.accessPoint(), request.bucket(), request.key(),
                request.versionId(), o.mode(), o.rule(), r.isError() && !o.decision().equals("deny") ? "error" : o.decision(),
                r.status(), r.errorCode(), o.format(), entities, o.bytesIn(), Math.max(0, bytesOut),
                clock.millis() - started, units.get(), policy.fingerprint(), o.cached()));
    }

    private Outcome decideAndRun(ObjectRequest request, Policy policy, ObjectSource source, Deadline deadline,
                                 AtomicLong units) {
        Policy.Decision decision;
        try {
            decision = policy.decide(request.caller(), tags);
        } catch (TagLookupException e) {
            LOG.warn("request {}: caller tags could not be read ({})", request.requestId(), e.getMessage());
            return failed(ObjectResponse.error(503, "ServiceUnavailable", "the caller's access could not be determined"),
                    "", "tags", 0);
        }
        String mode = decision.mode().label();
        SourceObject object;
        try {
            if (request.head() && decision.mode() == Mode.PASS) {
                SourceObject h = source.head(deadline);
                long length = parseLength(h.header("content-length"));
                Map<String, String> headers = passHeaders(h);
                return new Outcome(new ObjectResponse(200, null, null, headers, null, length), mode, decision.rule(),
                        "pass", "", Map.of(), length);
            }
            if (source.streams() && !request.head()) {
                StreamingPath.Start start = streaming.start(request, policy, decision, source, deadline, units);
                if (start instanceof StreamingPath.Answered a) {
                    return a.outcome();
                }
                object = ((StreamingPath.Whole) start).object();
            } else {
                object = source.fetch(deadline,
                        decision.mode() == Mode.PASS ? ObjectSource.MAX_IN_MEMORY : policy.maxObjectBytes());
            }
        } catch (SourceException e) {
            ObjectResponse r = e.status() == 304
                    ? new ObjectResponse(304, null, null, Map.of(), null, 0)
                    : ObjectResponse.error(e.status(), e.code(), e.getMessage());
            return new Outcome(r, mode, decision.rule(), r.isError() ? "error" : mode, "", Map.of(), 0);
        } catch (DeadlineExceededException e) {
            return failed(timeout(e), mode, decision.rule(), 0);
        }
        long in = object.body().length;
        if (decision.mode() == Mode.PASS) {
            return new Outcome(ranged(request, object.body(), passHeaders(object)), mode, decision.rule(), "pass", "",
                    Map.of(), in);
        }
        if (in > policy.maxObjectBytes()) {
            return failed(ObjectResponse.error(400, "EntityTooLarge", SourceException.tooLargeMessage(policy.maxObjectBytes())),
                    mode, decision.rule(), in);
        }
        return onWorker(request, () -> inspect(request, policy, decision, object, deadline, units), deadline, mode,
                decision.rule(), in);
    }

    /**
     * Runs {@code work} on a worker thread until the deadline: past it the caller gets 503 and the
     * work is interrupted; an unexpected failure is 500.
     */
    Outcome onWorker(ObjectRequest request, java.util.concurrent.Callable<Outcome> work, Deadline deadline,
                     String mode, String rule, long in) {
        Future<Outcome> running = workers.submit(work);
        try {
            return running.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return failed(timeout(new DeadlineExceededException("inspection")), mode, rule, in);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return failed(ObjectResponse.error(503, "ServiceUnavailable", "interrupted"), mode, rule, in);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DeadlineExceededException d) {
                return failed(timeout(d), mode, rule, in);
            }
            LOG.error("request {}: inspection failed ({})", request.requestId(), cause.getClass().getSimpleName());
            return failed(ObjectResponse.error(500, "InternalError", "Veil could not process the object"), mode,
                    rule, in);
        }
    }

    private Outcome inspect(ObjectRequest request, Policy policy, Policy.Decision decision, SourceObject object,
                            Deadline deadline, AtomicLong units) {
        String mode = decision.mode().label();
        long in = object.body().length;
        DocumentTypes.DocumentType type = types.detect(object.body(), fileName(request.key()));
        DocumentFormats formats = decision.mode() == Mode.TOKENISE ? tokenFormats : redactFormats;
        Optional<DocumentFormat> format = formats.forMediaType(type.mediaType());
        if (format.isEmpty() && LegacyText.reads(type.mediaType())
                && (decision.mode() == Mode.DENY || policy.unsupported() == Unsupported.TEXT)) {
            return legacy(request, policy, decision, object, type, deadline, units);
        }
        if (format.isEmpty()) {
            if (policy.unsupported() == Unsupported.PASS) {
                return new Outcome(ranged(request, object.body(), passHeaders(object)), mode, decision.rule(),
                        "pass-unsupported", type.mediaType(), Map.of(), in);
            }
            String reason = type.handling() == DocumentTypes.Handling.ENCRYPTED
                    ? "the object is encrypted and cannot be inspected"
                    : "objects of type " + type.mediaType() + " cannot be inspected by this access point";
            return failed(ObjectResponse.error(400, "UnsupportedDocument", reason), mode, decision.rule(), in);
        }
        DocumentLimits limits = limits(policy);
        DetectionEngine engine = engine(policy);
        try {
            if (decision.mode() == Mode.DENY) {
                ResultCache.Key key = cacheKey(request, object, policy, mode, "");
                Optional<ResultCache.Entry> hit = key == null ? Optional.empty() : cache.get(key);
                if (hit.isPresent()) {
                    ResultCache.Entry e = hit.get();
                    return e.clean()
                            ? new Outcome(ranged(request, object.body(), passHeaders(object)), mode, decision.rule(),
                                    "clean", e.format(), Map.of(), in, true)
                            : new Outcome(e.response(), mode, decision.rule(), "deny", e.format(), e.entities(), in, true);
                }
                Map<String, Integer> found = count(format.get(), object.body(), limits, engine, deadline, units);
                if (!found.isEmpty()) {
                    ObjectResponse denied = denied();
                    remember(key, new ResultCache.Entry(denied, found, format.get().name(), false));
                    return new Outcome(denied, mode, decision.rule(), "deny", format.get().name(), found, in);
                }
                remember(key, new ResultCache.Entry(ObjectResponse.ok(200, Map.of(), new byte[0]), Map.of(),
                        format.get().name(), true));
                return new Outcome(ranged(request, object.body(), passHeaders(object)), mode, decision.rule(), "clean",
                        format.get().name(), Map.of(), in);
            }
            Transformer transformer = transforms.create(policy, decision.mode());
            ResultCache.Key key = cacheKey(request, object, policy, mode, transformer.policy().keyId().orElse(""));
            Optional<ResultCache.Entry> hit = key == null ? Optional.empty() : cache.get(key);
            if (hit.isPresent()) {
                byte[] out = hit.get().response().body();
                return new Outcome(ranged(request, out, hit.get().response().headers()), mode, decision.rule(), mode,
                        hit.get().format(), hit.get().entities(), in, true);
            }
            TransformTally tally = transformer.tally();
            byte[] out = new DocumentRedactor(engine).redact(format.get(), object.body(), limits,
                    (f, value) -> transformer.replace(f, value, tally), deadline::check,
                    remote == null ? null : texts -> remoteFindings(texts, engine, deadline, units),
                    shared.memo(request, object, policy, remote != null, deadline)).bytes();
            deadline.check("response");
            Map<String, String> headers = changedHeaders(object, out);
            remember(key, new ResultCache.Entry(ObjectResponse.ok(200, headers, out), tally.summary().countsByName(),
                    format.get().name(), false));
            return new Outcome(ranged(request, out, headers), mode, decision.rule(), mode,
                    format.get().name(), tally.summary().countsByName(), in);
        } catch (UnreadableDocumentException | TransformFactory.NotConfiguredException | RemoteDetectionException e) {
            return failed(inspectionFailure(request, e), mode, decision.rule(), in);
        }
    }

    /**
     * A legacy document (.doc, .xls, .ppt, .rtf) read through its text: in deny mode the original
     * passes only when its text holds no personal data; with {@code unsupported: text} the answer
     * is the redacted or tokenised text as {@code text/plain}.
     */
    private Outcome legacy(ObjectRequest request, Policy policy, Policy.Decision decision, SourceObject object,
                           DocumentTypes.DocumentType type, Deadline deadline, AtomicLong units) {
        String mode = decision.mode().label();
        long in = object.body().length;
        String format = "text-of:" + type.mediaType();
        try {
            DocumentLimits limits = limits(policy);
            String text = LegacyText.extract(object.body(), type.mediaType(), limits);
            deadline.check("extract");
            DocumentFormat plain = redactFormats.forMediaType(DocumentTypes.TEXT).orElseThrow();
            byte[] asText = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            DetectionEngine engine = engine(policy);
            if (decision.mode() == Mode.DENY) {
                Map<String, Integer> found = count(plain, asText, limits, engine, deadline, units);
                if (!found.isEmpty()) {
                    return new Outcome(denied(), mode, decision.rule(), "deny", format, found, in);
                }
                return new Outcome(ranged(request, object.body(), passHeaders(object)), mode, decision.rule(), "clean",
                        format, Map.of(), in);
            }
            Transformer transformer = transforms.create(policy, decision.mode());
            TransformTally tally = transformer.tally();
            byte[] out = new DocumentRedactor(engine).redact(plain, asText, limits,
                    (f, value) -> transformer.replace(f, value, tally), deadline::check,
                    remote == null ? null : texts -> remoteFindings(texts, engine, deadline, units)).bytes();
            Map<String, String> headers = changedHeaders(object, out);
            headers.put("Content-Type", "text/plain; charset=utf-8");
            return new Outcome(ranged(request, out, headers), mode, decision.rule(), mode, format,
                    tally.summary().countsByName(), in);
        } catch (UnreadableDocumentException | TransformFactory.NotConfiguredException | RemoteDetectionException e) {
            return failed(inspectionFailure(request, e), mode, decision.rule(), in);
        }
    }

    /** The answer for an expected failure while inspecting: the document, the key, or the remote detector. */
    static ObjectResponse inspectionFailure(ObjectRequest request, RuntimeException e) {
        if (e instanceof UnreadableDocumentException) {
            return ObjectResponse.error(400, "UnreadableDocument", e.getMessage());
        }
        if (e instanceof TransformFactory.NotConfiguredException) {
            return ObjectResponse.error(500, "InternalError", e.getMessage());
        }
        if (e instanceof DetectionDeadlineException) {
            return timeout(new DeadlineExceededException("remote detection"));
        }
        LOG.warn("request {}: remote detection failed ({})", request.requestId(), e.getMessage());
        return ObjectResponse.error(503, "ServiceUnavailable", "personal data detection is unavailable");
    }

    /** The deny answer for an object that holds personal data. */
    static ObjectResponse denied() {
        return ObjectResponse.error(403, "AccessDenied", "the object contains personal data and this caller may not read it");
    }

    /** The cache key of an answer, or null when the object has no ETag (then nothing is cached). */
    static ResultCache.Key cacheKey(ObjectRequest request, SourceObject object, Policy policy, String mode,
                                            String keyId) {
        String etag = object.header("etag");
        if (etag == null || etag.isBlank()) {
            return null;
        }
        String version = object.header("x-amz-version-id");
        return new ResultCache.Key(request.bucket(), request.key(), etag, version == null ? "" : version,
                policy.fingerprint(), mode, keyId);
    }

    void remember(ResultCache.Key key, ResultCache.Entry entry) {
        if (key != null) {
            cache.put(key, entry);
        }
    }

    /** The remote detector's findings per text, kept to the policy's types and minimum score. */
    List<List<Finding>> remoteFindings(List<String> texts, DetectionEngine engine, Deadline deadline,
                                               AtomicLong units) {
        dev.veil.detect.BatchResult r = remote.detect(texts, deadline.at());
        units.addAndGet(r.billedUnits());
        List<List<Finding>> kept = new java.util.ArrayList<>();
        for (List<Finding> fs : r.findings()) {
            kept.add(fs.stream().filter(f -> engine.types().contains(f.type()) && f.score() >= engine.minScore()).toList());
        }
        return kept;
    }

    /**
     * Findings per type over every unit of the document, for deny decisions. The remote detector
     * is asked only when the local ones found nothing, with its cheap yes/no call.
     */
    Map<String, Integer> count(DocumentFormat format, byte[] body, DocumentLimits limits,
                                       DetectionEngine engine, Deadline deadline, AtomicLong billed) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        try (OpenDocument doc = format.open(body, limits)) {
            List<String> texts = doc.texts();
            for (List<Finding> unitFindings : engine.detectEach(texts, () -> deadline.check("detect"))) {
                for (Finding f : unitFindings) {
                    counts.merge(f.type(), 1, Integer::sum);
                }
            }
            if (counts.isEmpty() && remote != null && !texts.isEmpty()) {
                dev.veil.detect.ContainsResult r = remote.containsAny(texts, deadline.at());
                billed.addAndGet(r.billedUnits());
                for (EntityType t : r.types()) {
                    if (engine.types().contains(t)) {
                        counts.merge(t, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((t, n) -> byName.put(t.name(), n));
        return byName;
    }

    DetectionEngine engine(Policy policy) {
        if (engines.size() > MAX_ENGINES) {
            engines.clear();
        }
        return engines.computeIfAbsent(policy.fingerprint(), k -> new DetectionSettings(policy.entities(),
                policy.minScore(), policy.allowList(), List.of()).engine());
    }

    static DocumentLimits limits(Policy policy) {
        DocumentLimits d = DocumentLimits.defaults();
        return new DocumentLimits(policy.maxObjectBytes(), d.maxPages(), d.maxParts(), d.minInflateRatio(),
                d.maxExpandedBytes(), d.maxNestingDepth());
    }

    /**
     * Applies Range or partNumber to the bytes the caller may see (public for front doors that
     * must transform the whole object first, such as the function URL's large-result path).
     */
    public static ObjectResponse ranged(ObjectRequest request, byte[] body, Map<String, String> headers) {
        if (!request.range().isEmpty() && request.partNumber() > 0) {
            return ObjectResponse.error(400, "InvalidRequest", "Range and partNumber cannot be used together");
        }
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (request.partNumber() > 1) {
            return ObjectResponse.error(416, "InvalidPartNumber", "the transformed object has one part");
        }
        ByteRange range;
        try {
            range = request.partNumber() == 1 ? new ByteRange(0, Math.max(0, body.length - 1))
                    : ByteRange.parse(request.range(), body.length);
        } catch (ByteRange.Unsatisfiable e) {
            return ObjectResponse.error(416, "InvalidRange", "The requested range is not satisfiable");
        }
        if (range == null || (request.partNumber() == 1 && body.length == 0)) {
            return ObjectResponse.ok(200, h, body);
        }
        h.put("Content-Range", range.contentRange(body.length));
        return ObjectResponse.ok(206, h, range.slice(body));
    }

    private static final List<String> KEPT = List.of("Content-Type", "Last-Modified", "Cache-Control",
            "Content-Disposition", "Content-Language", "Expires", "x-amz-version-id");

    /** Headers for a changed body: no original ETag, length, checksum or user metadata; a new ETag. */
    static Map<String, String> changedHeaders(SourceObject object, byte[] out) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String name : KEPT) {
            String v = object.header(name);
            if (v != null) {
                h.put(name, v);
            }
        }
        h.put("ETag", Etags.of(out));
        return h;
    }

    /** Headers for original bytes: everything S3 would give, including ETag, checksums and metadata. */
    static Map<String, String> passHeaders(SourceObject object) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String name : KEPT) {
            String v = object.header(name);
            if (v != null) {
                h.put(name, v);
            }
        }
        object.headers().forEach((k, v) -> {
            if (k.equals("etag")) {
                h.put("ETag", v);
            } else if (k.startsWith("x-amz-meta-") || k.startsWith("x-amz-checksum-")) {
                h.put(k, v);
            }
        });
        return h;
    }

    private static long parseLength(String v) {
        try {
            return v == null ? 0 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String fileName(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    static ObjectResponse timeout(DeadlineExceededException e) {
        return ObjectResponse.error(503, "ServiceUnavailable", "Veil ran out of time (" + e.getMessage() + ")");
    }

    static Outcome failed(ObjectResponse r, String mode, String rule, long in) {
        return Outcome.failed(r, mode, rule, in);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
