package com.optimacut.api.v1;

import jakarta.ejb.Remote;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Deliveries, as the «Доставки» screen shows them, and its courier request marks. Callers in role
 * INTEGRATOR or MANAGER only.
 */
@Remote
public interface DeliveryApi {

    /** A date as the API sends it: {@code yyyy-MM-dd}. */
    String DATE = "\\d{4}-\\d{2}-\\d{2}";

    /**
     * Returns one page of the deliveries dated from {@code from} to {@code to}, both inclusive, by date.
     *
     * @throws ApiException {@link ErrorCode#INVALID_ARGUMENT} for a date that is not
     *     {@code yyyy-MM-dd}; {@link ErrorCode#RULE_VIOLATION} ({@code delivery.range.invalid})
     *     when {@code from} is after {@code to}
     */
    ResultPage<DeliveryInfo> list(@NotNull @Pattern(regexp = DATE) String from,
            @NotNull @Pattern(regexp = DATE) String to, @PositiveOrZero int first, @Min(1) @Max(500) int size)
            throws ApiException;

    /**
     * Marks the courier request sent and queues the e-mail to the courier service, as
     * «Отправить заявку в курьерскую службу» does.
     *
     * @throws ApiException {@link ErrorCode#NOT_FOUND}; {@link ErrorCode#RULE_VIOLATION}
     *     ({@code delivery.courier.alreadySent}, {@code delivery.incomplete},
     *     {@code delivery.courier.noAddress})
     */
    DeliveryInfo markCourierRequestSent(@Positive long projectId) throws ApiException;

    /**
     * «Сбросить»: clears the mark, after which the request may be sent again.
     *
     * @throws ApiException {@link ErrorCode#NOT_FOUND}; {@link ErrorCode#RULE_VIOLATION}
     *     ({@code delivery.courier.notSent})
     */
    DeliveryInfo resetCourierRequest(@Positive long projectId) throws ApiException;
}
