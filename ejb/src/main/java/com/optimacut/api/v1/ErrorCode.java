package com.optimacut.api.v1;

/**
 * The kind of a rejected call, the first thing an integrator's program branches on. The
 * {@link ApiException#getReason() reason} names the exact rule; new reasons may appear within v1,
 * new codes only with a new major version.
 */
public enum ErrorCode {
    /** An argument breaks its constraints (Bean Validation) or names a value the server does not know, such as a material code. */
    INVALID_ARGUMENT,
    /** The client, inquiry or project with the given id does not exist. */
    NOT_FOUND,
    /** A business rule rejects the request, such as a status change the project's status does not allow. */
    RULE_VIOLATION,
    /** Someone changed the data since the caller read it (the version sent does not match): read again and retry. */
    CONFLICT,
    /** The server failed; its log has the details under the same time. Retrying later may help. */
    INTERNAL_ERROR
}
