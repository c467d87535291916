package com.optimacut.it.browser;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A notification written by another application on the same server reaches the manager's bell
 * by push: the test archive {@code optimacut-it} writes the notifications of a reported
 * difficulty, and its only way to the screens of {@code optimacut} is the topic
 * {@code jms/optimacut/events}, as between two nodes of a cluster. One server runs both
 * applications; a two-node cluster is not tested.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class NotificationTopicBrowserIT {

    /** Shorter than the bell's 60 s poll, so a count that rises in time was pushed. */
    private static final Duration PUSH_WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ScreensScenario.deployment();
    }

    private final ScreensScenario scenario = new ScreensScenario();

    @Test
    void difficultyReachesBellThroughTopic(Browser manager) throws Exception {
        String name = "Топик " + BrowserScenario.uniqueTag();
        String id = scenario.step("project", "name", name, "deadline", LocalDate.now().plusDays(5).toString());
        manager.signIn("manager", "demo");
        // A notification sent before the bell's socket is open reaches the page only by the 60 s poll.
        new WebDriverWait(manager.driver(), PUSH_WAIT)
                .until(driver -> Boolean.TRUE.equals(manager.script("return window.ocBellOpen === true;")));
        manager.waitForAjax();
        long unreadBefore = unread(manager);

        scenario.step("difficulty", "project", id, "text", "Нет фанеры нужной толщины");

        new WebDriverWait(manager.driver(), PUSH_WAIT).until(driver -> unread(manager) > unreadBefore);
        manager.driver().findElement(By.id("headerForm:bell")).click();
        manager.waitForText(By.id("headerForm:bellList"), name);
    }

    /** Returns the count on the bell's badge, which is hidden at zero. */
    private static long unread(Browser browser) {
        List<WebElement> badge = browser.driver().findElements(By.id("headerForm:unread"));
        return badge.isEmpty() ? 0 : Long.parseLong(badge.get(0).getText().trim());
    }
}
