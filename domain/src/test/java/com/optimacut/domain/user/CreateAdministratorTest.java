package com.optimacut.domain.user;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CreateAdministratorTest {

    private static String sql(String fullName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CreateAdministrator.printSql(new PrintStream(bytes, true, StandardCharsets.UTF_8), "admin", fullName, "h$1");
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void insertsAccountWithAdminRole() {
        String sql = sql("Анна Иванова");

        assertTrue(sql.contains("values (nextval('app_user_seq'), 'admin', 'Анна Иванова', 'h$1'"), sql);
        assertTrue(sql.contains("select id, 'ADMIN' from app_user where username = 'admin'"), sql);
    }

    @Test
    void quotesInNamesAreEscaped() {
        assertTrue(sql("O'Brien").contains("'O''Brien'"));
    }
}
