package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The login page in Chromium: Russian whatever the browser's language (headless Chromium asks
 * for English), one message for every refusal, the page behind the login, and logout.
 */
@ExtendWith(BrowserExtension.class)
class LoginBrowserIT {

    @Test
    void loginPageIsRussianByDefault(Browser browser) {
        browser.open("/login.xhtml");

        assertEquals("Вход · Оптима-Кат", browser.driver().getTitle());
        // PrimeFaces marks a required field's label with an asterisk after the text.
        assertEquals("Логин*", browser.visible(By.cssSelector("label[for='loginForm:username']")).getText());
        assertEquals("Войти", browser.driver().findElement(By.id("loginForm:submit")).getText());
    }

    @Test
    void protectedPageLeadsToLogin(Browser browser) {
        browser.open("/app/index.xhtml");

        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
    }

    @Test
    void demoManagerSeesStartPage(Browser browser) {
        browser.signIn("manager", "demo");

        assertEquals("Здравствуйте, Ольга Смирнова!", browser.visible(By.id("welcome")).getText());
        assertEquals("Менеджер", browser.driver().findElement(By.cssSelector("#roles li")).getText());
    }

    @Test
    void wrongPasswordShowsGenericMessage(Browser browser) {
        browser.open("/login.xhtml");
        browser.visible(By.id("loginForm:username")).sendKeys("laser");
        browser.driver().findElement(By.id("loginForm:password")).sendKeys("not-the-password");
        browser.driver().findElement(By.id("loginForm:submit")).click();

        assertEquals("Неверный логин или пароль.",
                browser.visible(By.cssSelector("#loginForm\\:messages .ui-messages-error-summary")).getText());
    }

    @Test
    void protectedPageAfterFailedLoginLeadsToLogin(Browser browser) {
        browser.open("/login.xhtml");
        browser.visible(By.id("loginForm:username")).sendKeys("manager");
        browser.driver().findElement(By.id("loginForm:password")).sendKeys("not-the-password");
        browser.driver().findElement(By.id("loginForm:submit")).click();
        browser.visible(By.cssSelector("#loginForm\\:messages .ui-messages-error-summary"));

        browser.open("/app/index.xhtml");

        assertEquals("Войти", browser.visible(By.id("loginForm:submit")).getText());
    }

    @Test
    void unknownUserShowsSameMessage(Browser browser) {
        browser.open("/login.xhtml");
        browser.visible(By.id("loginForm:username")).sendKeys("nobody-here");
        browser.driver().findElement(By.id("loginForm:password")).sendKeys("demo");
        browser.driver().findElement(By.id("loginForm:submit")).click();

        assertEquals("Неверный логин или пароль.",
                browser.visible(By.cssSelector("#loginForm\\:messages .ui-messages-error-summary")).getText());
    }

    @Test
    void logoutReturnsToLoginPage(Browser browser) {
        browser.signIn("manager", "demo");

        browser.driver().findElement(By.id("headerForm:logout")).click();

        assertEquals("Вы вышли из системы.", browser.visible(By.id("loginForm:loggedOut")).getText());
        browser.open("/app/index.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
    }

    @Test
    void englishCanBeChosen(Browser browser) {
        browser.open("/login.xhtml");

        browser.visible(By.linkText("English")).click();

        browser.waitForText(By.id("loginForm:submit"), "Sign in");
        assertEquals("Sign in · Optima-Cut", browser.driver().getTitle());
    }

    @Test
    void managerCannotOpenAdminPages(Browser browser) {
        browser.signIn("manager", "demo");

        browser.open("/app/admin/mail.xhtml");

        assertEquals("Недостаточно прав для этой страницы.", browser.visible(By.id("errorMessage")).getText());
    }

    /** A session id that existed before the sign-in does not become a signed-in session. */
    @Test
    void signInRenewsSessionId(Browser browser) {
        browser.open("/login.xhtml");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "the login page started no session");

        browser.signIn("manager", "demo");

        assertNotEquals(before.getValue(), browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
    }

    /** Every manager screen shows an executor the access page, not the error page. */
    @Test
    void executorCannotOpenManagerPages(Browser browser) {
        browser.signIn("laser", "demo");

        for (String page : List.of("/app/projects/list.xhtml", "/app/clients/list.xhtml", "/app/inquiries.xhtml",
                "/app/deliveries.xhtml", "/app/executors.xhtml", "/app/reports/lead-sources.xhtml",
                "/app/calendar.xhtml")) {
            browser.open(page);

            assertEquals("Недостаточно прав для этой страницы.", browser.visible(By.id("errorMessage")).getText(),
                    page);
        }
    }
}
