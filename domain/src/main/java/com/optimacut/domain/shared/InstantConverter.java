package com.optimacut.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps {@link Instant} attributes to {@code timestamp with time zone} columns through
 * {@link OffsetDateTime} in UTC, which Jakarta Persistence 3.1 supports on every provider.
 * {@code Instant} itself is not among the 3.1 basic types, and the JDBC drivers disagree on
 * what they return for such a column ({@code Timestamp} from PostgreSQL, {@code OffsetDateTime}
 * from H2), so the provider is asked for {@code OffsetDateTime} explicitly.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
