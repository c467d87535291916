package com.optimacut.api.v1;

import jakarta.ejb.Remote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Inquiries from a website's form, and their outcome. Callers in role INTEGRATOR or MANAGER only. */
@Remote
public interface InquiryApi {

    /**
     * Records an open inquiry received now; managers see it in «Заявки».
     *
     * @throws ApiException {@link ErrorCode#NOT_FOUND} for an unknown client,
     *     {@link ErrorCode#RULE_VIOLATION} ({@code inquiry.contact.required}) without a client and
     *     a contact, {@link ErrorCode#INVALID_ARGUMENT}
     */
    InquiryInfo create(@NotNull @Valid InquiryForm form) throws ApiException;

    /**
     * Returns an inquiry with its outcome.
     *
     * @throws ApiException {@link ErrorCode#NOT_FOUND} ({@code inquiry.notFound})
     */
    InquiryInfo find(@Positive long inquiryId) throws ApiException;
}
