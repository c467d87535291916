package com.optimacut.ejb.remote;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.ErrorCode;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.ejb.common.BusinessException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    @Test
    void notFoundKeyBecomesNotFound() {
        ApiException e = ApiErrors.of(new BusinessException("project.notFound", 42L));

        assertAll(
                () -> assertEquals(ErrorCode.NOT_FOUND, e.getCode()),
                () -> assertEquals("project.notFound", e.getReason()),
                () -> assertEquals("Проект № 42 не найден.", e.getMessage(ApiErrors.RUSSIAN)));
    }

    @Test
    void concurrentModificationBecomesConflict() {
        ApiException e = ApiErrors.of(new BusinessException("concurrent.modification"));

        assertEquals(ErrorCode.CONFLICT, e.getCode());
    }

    @Test
    void domainRuleBecomesRuleViolationInBothLanguages() {
        ApiException e = ApiErrors.of(BusinessException.of(new DomainRuleException("project.launch.already")));

        assertAll(
                () -> assertEquals(ErrorCode.RULE_VIOLATION, e.getCode()),
                () -> assertEquals("project.launch.already", e.getReason()),
                () -> assertEquals(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.US), "English by language"),
                () -> assertEquals(e.getMessage(ApiErrors.RUSSIAN), e.getMessage(Locale.GERMAN), "Russian otherwise"),
                () -> assertNotEquals(e.getMessage(Locale.ENGLISH), e.getMessage(ApiErrors.RUSSIAN), "two languages"));
    }

    @Test
    void apiKeyIsWordedInBothLanguages() {
        ApiException e = ApiErrors.of(ErrorCode.INVALID_ARGUMENT, "api.material.unknown", "X-1");

        assertAll(
                () -> assertEquals("No active catalogue material has the code \"X-1\".", e.getMessage(Locale.ENGLISH)),
                () -> assertEquals("Материала с кодом «X-1» нет среди действующих материалов каталога.",
                        e.getMessage(ApiErrors.RUSSIAN)));
    }

    @Test
    void exceptionCarriesNoStackTrace() {
        ApiException e = ApiErrors.of(new BusinessException("project.notFound", 42L));

        assertEquals(0, e.getStackTrace().length);
    }
}
