package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «Дедлайны» in Chromium: an open project appears on its deadline day in the colour of its
 * status, a refused one does not, the calendar speaks Russian, and a click opens the project.
 * The projects are created through {@link ScreensScenarioServlet}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class DeadlineCalendarBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScreensScenario.deployment();
    }

    private final ScreensScenario scenario = new ScreensScenario();
    private final String tag = BrowserScenario.uniqueTag();

    /** Matches a FullCalendar event (class {@code fc-event}, not {@code fc-event-main}) that shows the text. */
    private static By event(String text) {
        return By.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' fc-event ')"
                + " and contains(normalize-space(.), '" + text + "')]");
    }

    @Test
    void openProjectShownInStatusColour(Browser manager) throws Exception {
        LocalDate day = LocalDate.now().plusDays(3);
        String name = "Дедлайн " + tag;
        String refused = "Отказ " + tag;
        scenario.step("project", "name", name, "deadline", day.toString());
        String refusedId = scenario.step("project", "name", refused, "deadline", day.toString());
        scenario.step("refuse", "project", refusedId);
        manager.signIn("manager", "demo");

        manager.open("/app/calendar.xhtml?date=" + day);

        WebElement shown = manager.visible(event(name));
        manager.screenshot("calendar-month-1280x800");
        assertTrue(shown.getAttribute("class").contains("oc-status-waiting"), shown.getAttribute("class"));
        assertTrue(manager.driver().findElements(event(refused)).isEmpty(), "a refused project is not shown");
    }

    @Test
    void calendarTitleInRussian(Browser manager) {
        LocalDate day = LocalDate.of(2031, 3, 15);
        manager.signIn("manager", "demo");
        manager.driver().findElement(By.id("navCalendar")).click();
        manager.visible(By.cssSelector(".fc-toolbar-title"));

        manager.open("/app/calendar.xhtml?date=" + day);

        String month = day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("ru"));
        manager.waitForText(By.cssSelector(".fc-toolbar-title"), "2031");
        String title = manager.visible(By.cssSelector(".fc-toolbar-title")).getText().toLowerCase(Locale.ROOT);
        assertTrue(title.contains(month), title);
    }

    @Test
    void clickOnProjectOpensItsPage(Browser manager) throws Exception {
        LocalDate day = LocalDate.now().plusDays(4);
        String name = "Открыть " + tag;
        String id = scenario.step("project", "name", name, "deadline", day.toString());
        manager.signIn("manager", "demo");
        manager.open("/app/calendar.xhtml?date=" + day);

        manager.visible(event(name)).click();

        new WebDriverWait(manager.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("/app/projects/view.xhtml?id=" + id));
        manager.waitForText(By.tagName("h1"), name);
    }
}
