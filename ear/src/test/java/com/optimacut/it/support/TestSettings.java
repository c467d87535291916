package com.optimacut.it.support;

/**
 * Settings of the test environment, passed by failsafe as system properties (see the {@code it}
 * profile of the ear module). Each accessor fails with the property's name when it is missing,
 * so a test run outside Maven names what to set.
 */
public final class TestSettings {

    private TestSettings() {
    }

    /** Returns the path of the EAR under test, as built by this module. */
    public static String earFile() {
        return required("optimacut.ear");
    }

    /** Base URL of the deployed application, such as {@code http://127.0.0.1:20080/optimacut}. */
    public static String baseUrl() {
        return required("optimacut.it.baseUrl");
    }

    /** Port on which the tests' SMTP server listens; the test server's mail session points there. */
    public static int smtpPort() {
        return Integer.parseInt(required("optimacut.it.smtpPort"));
    }

    public static String dbUrl() {
        return required("optimacut.it.dbUrl");
    }

    public static String dbUser() {
        return required("optimacut.it.dbUser");
    }

    public static String dbPassword() {
        return System.getProperty("optimacut.it.dbPassword", "");
    }

    public static String chromium() {
        return required("optimacut.it.chromium");
    }

    public static String chromedriver() {
        return required("optimacut.it.chromedriver");
    }

    /** Folder for screenshots of failed browser tests. */
    public static String screenshots() {
        return required("optimacut.it.screenshots");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the tests with ./mvnw -Pit verify");
        }
        return value;
    }
}
