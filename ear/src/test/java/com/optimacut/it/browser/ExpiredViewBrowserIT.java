package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An Ajax form submitted to a view that the server no longer stores brings the user back to the
 * same page with its query: at once with a growl while the session lives, and through the login
 * page after the session was lost. The page is the lead-source report opened for a given period.
 */
@ExtendWith(BrowserExtension.class)
class ExpiredViewBrowserIT {

    private static final String PAGE = "/app/reports/lead-sources.xhtml?from=2026-01-05&to=2026-01-20";

    @Test
    void expiredViewReloadsPageWithMessage(Browser manager) {
        manager.signIn("manager", "demo");
        manager.open(PAGE);
        manager.visible(By.id("reportForm:show"));
        // The server finds no view under this state id, as after it evicted the view.
        ((JavascriptExecutor) manager.driver()).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                        + ".forEach(function (input) { input.value = '0:0'; });");

        manager.driver().findElement(By.id("reportForm:show")).click();

        manager.waitForText(By.id("pageReloadedGrowl_container"), "Страница устарела и открыта заново");
        manager.screenshot("expired-view-reloaded-1280x800");
        assertTrue(manager.driver().getCurrentUrl().endsWith(PAGE), manager.driver().getCurrentUrl());
        assertEquals("05.01.2026", manager.visible(By.id("reportForm:from_input")).getAttribute("value"));
    }

    @Test
    void lostSessionLeadsThroughLoginBackToPage(Browser manager) {
        manager.signIn("manager", "demo");
        manager.open(PAGE);
        manager.visible(By.id("reportForm:show"));
        assertNotNull(manager.driver().manage().getCookieNamed("JSESSIONID"), "the session cookie");
        manager.driver().manage().deleteCookieNamed("JSESSIONID");

        manager.driver().findElement(By.id("reportForm:show")).click();
        manager.visible(By.id("loginForm:username")).sendKeys("manager");
        manager.driver().findElement(By.id("loginForm:password")).sendKeys("demo");
        manager.driver().findElement(By.id("loginForm:submit")).click();

        new WebDriverWait(manager.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(PAGE));
        assertEquals("20.01.2026", manager.visible(By.id("reportForm:to_input")).getAttribute("value"));
    }
}
