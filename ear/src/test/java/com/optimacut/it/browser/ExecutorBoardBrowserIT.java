package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import com.optimacut.it.support.Deployments;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The executor board in Chromium: the demo executor {@code laser} takes a layout of a new
 * project of the demo plywood and reports a difficulty, which a manager's bell shows by push;
 * a suspended project's layouts are not on the board. The projects are created through
 * {@link BrowserScenarioServlet} in the test archive.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ExecutorBoardBrowserIT {

    /** Shorter than the bell's 60 s poll, so a count that rises in time was pushed. */
    private static final Duration PUSH_WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(BrowserScenarioServlet.class, BoardFixture.class,
                BoardFixture.Catalogue.class);
    }

    private final BrowserScenario scenario = new BrowserScenario();
    private final String tag = BrowserScenario.uniqueTag();

    @Test
    void takenLayoutMovesToMineAndDifficultyReachesManagerBell(Browser executor, Browser manager) throws Exception {
        String name = "Доска " + tag;
        scenario.step("project", "name", name, "launch", "true");
        manager.signIn("manager", "demo");
        long unreadBefore = unread(manager);

        executor.signIn("laser", "demo");
        executor.open("/app/board.xhtml");
        showTab(executor, "availableTab");
        executor.visible(rowButton("availableTable", name, "take"));
        executor.screenshot("board-available-1280x800");
        executor.visible(rowButton("availableTable", name, "take")).click();
        executor.waitForText(By.id("growl_container"), "Макет взят: «" + name + "»");
        showTab(executor, "mineTab");
        executor.visible(rowButton("mineTable", name, "difficulty"));
        executor.screenshot("board-mine-1280x800");
        executor.driver().manage().window().setSize(new Dimension(800, 1280));
        executor.screenshot("board-mine-800x1280");

        assertTrue(rows(executor, "availableTable", name).isEmpty(), "the taken layout left «Доступные»");
        executor.openDialog(rowButton("mineTable", name, "difficulty"), "difficultyDialog");
        executor.visible(By.id("difficultyForm:difficulty")).sendKeys("Лист фанеры расслоился");
        executor.screenshot("board-difficulty-800x1280");
        executor.driver().findElement(By.id("difficultyForm:sendDifficulty")).click();
        executor.waitForText(By.id("growl_container"), "Трудность по проекту «" + name + "»");

        new WebDriverWait(manager.driver(), PUSH_WAIT).until(driver -> unread(manager) > unreadBefore);
        manager.driver().findElement(By.id("headerForm:bell")).click();
        manager.waitForText(By.id("headerForm:bellList"), name);
        manager.screenshot("bell-open-1280x800");
        assertTrue(manager.driver().findElement(By.id("headerForm:bellList")).getText()
                .contains("Лист фанеры расслоился"), "the bell lists the difficulty's description");
    }

    @Test
    void suspendedProjectIsNotOnBoard(Browser executor) throws Exception {
        String shown = "Видно " + tag;
        String suspended = "Пауза " + tag;
        scenario.step("project", "name", shown, "launch", "true");
        String suspendedId = scenario.step("project", "name", suspended, "launch", "true");
        assertEquals("SUSPENDED", scenario.step("suspend", "project", suspendedId));

        executor.signIn("laser", "demo");
        executor.open("/app/board.xhtml");
        showTab(executor, "availableTab");
        executor.visible(rowButton("availableTable", shown, "take"));

        assertTrue(rows(executor, "availableTable", suspended).isEmpty(), "a suspended project is hidden");
    }

    @Test
    void managerCannotOpenBoard(Browser manager) {
        manager.signIn("manager", "demo");

        manager.open("/app/board.xhtml");

        assertEquals("Недостаточно прав для этой страницы.", manager.visible(By.id("errorMessage")).getText());
    }

    private static void showTab(Browser browser, String tab) {
        browser.visible(By.cssSelector("a[href='#boardForm:tabs:" + tab + "']")).click();
    }

    private static By row(String table, String projectName) {
        return By.xpath("//tbody[@id='boardForm:tabs:" + table + "_data']/tr[td[contains(normalize-space(.), '"
                + projectName + "')]]");
    }

    private static By rowButton(String table, String projectName, String button) {
        return By.xpath("//tbody[@id='boardForm:tabs:" + table + "_data']/tr[td[contains(normalize-space(.), '"
                + projectName + "')]]//button[substring(@id, string-length(@id) - string-length(':" + button
                + "') + 1) = ':" + button + "']");
    }

    private static List<WebElement> rows(Browser browser, String table, String projectName) {
        return browser.driver().findElements(row(table, projectName));
    }

    /** Returns the count on the bell's badge, which is hidden at zero. */
    private static long unread(Browser browser) {
        List<WebElement> badge = browser.driver().findElements(By.id("headerForm:unread"));
        return badge.isEmpty() ? 0 : Long.parseLong(badge.get(0).getText().trim());
    }
}
