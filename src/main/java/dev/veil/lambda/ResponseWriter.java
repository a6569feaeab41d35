package dev.veil.lambda;

import dev.veil.pipeline.ObjectResponse;

/** Delivers a GetObject answer to S3 Object Lambda (WriteGetObjectResponse), once per request. */
public interface ResponseWriter {
    /** @throws RuntimeException when S3 did not accept the response */
    void write(String route, String token, ObjectResponse response);
}
