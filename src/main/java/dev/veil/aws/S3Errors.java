package dev.veil.aws;

import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 failures as a short reason for records and messages: status and error code, no request details. */
final class S3Errors {
    private S3Errors() {
    }

    static String describe(S3Exception e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return "HTTP " + e.statusCode() + (code == null || code.isBlank() ? "" : " " + code);
    }
}
