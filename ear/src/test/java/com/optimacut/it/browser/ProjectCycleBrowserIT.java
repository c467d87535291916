package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import com.optimacut.it.support.Database;
import com.optimacut.it.support.TestSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The typical order cycle in two Chromium browsers, every step on the screens: the demo manager
 * creates and launches a project, the demo executor {@code laser} takes its layout and reports a
 * difficulty, the manager's bell count rises by push, the manager opens it from the bell and
 * resolves it, the executor completes the layout, the manager accepts (the client's e-mail
 * reaches GreenMail) and closes.
 * Also a refusal with a reason and a suspension, each of which takes the layout off the board.
 * Each test creates its own project for the demo client «Кафе «Лето»» with a unique name.
 */
@ExtendWith(BrowserExtension.class)
class ProjectCycleBrowserIT {

    private static final String CLIENT = "Кафе «Лето»";
    private static final String CLIENT_MAIL = "leto@client.example";
    private static final String FILE = "меню-подставка.svg";
    /** A plywood the demo executor {@code laser} may work with. */
    private static final String MATERIAL = "Фанера ФК 4 мм";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    /** Shorter than the bell's 60 s poll, so a count that rises in time was pushed. */
    private static final Duration PUSH_WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(TestSettings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void typicalCycleEndsClosedWithClientMail(Browser manager, Browser executor) throws MessagingException {
        String name = uniqueName("Цикл");
        manager.signIn("manager", "demo");
        executor.signIn("laser", "demo");
        createAndLaunch(manager, name);
        String projectUrl = manager.driver().getCurrentUrl();

        openBoardTab(executor, "availableTab");
        executor.visible(rowButton("availableTable", name, "take")).click();
        executor.waitForText(By.id("growl_container"), "Макет взят: «" + name + "»");
        assertStatus(manager, projectUrl, "В процессе");

        manager.driver().get(projectUrl);
        awaitBellSocket(manager);
        long unreadBefore = unread(manager);
        openBoardTab(executor, "mineTab");
        executor.openDialog(rowButton("mineTable", name, "difficulty"), "difficultyDialog");
        executor.visible(By.id("difficultyForm:difficulty")).sendKeys("Лист фанеры повело");
        executor.driver().findElement(By.id("difficultyForm:sendDifficulty")).click();
        executor.waitForText(By.id("growl_container"), "Трудность по проекту «" + name + "»");

        new WebDriverWait(manager.driver(), PUSH_WAIT).until(driver -> unread(manager) > unreadBefore);
        manager.driver().findElement(By.id("headerForm:bell")).click();
        manager.waitForText(By.id("headerForm:bellList"), "Лист фанеры повело");
        manager.visible(By.xpath("//div[@id='headerForm:bellList']//a[contains(@class, 'oc-notification-link')"
                + " and contains(., '" + name + "')]")).click();
        manager.waitForText(By.id("projectName"), name);
        assertEquals("true", Database.text("select n.is_read::text from notification n join project p"
                + " on p.id = n.project_id where p.name = ? and n.recipient = 'manager'"
                + " and n.kind = 'DIFFICULTY_REPORTED'", name), "opening it from the bell marks it read");
        assertEquals("Трудности с выполнением", manager.driver().findElement(By.id("projectStatus")).getText());
        perform(manager, "RESOLVE_DIFFICULTIES");
        manager.waitForText(By.id("projectStatus"), "В процессе");

        openBoardTab(executor, "mineTab");
        executor.visible(rowButton("mineTable", name, "complete")).click();
        executor.visible(By.cssSelector("button.ui-confirmdialog-yes")).click();
        executor.waitForText(By.id("growl_container"), "Макет завершён: «" + name + "»");
        assertStatus(manager, projectUrl, "Выполнен");

        perform(manager, "ACCEPT");
        manager.waitForText(By.id("projectStatus"), "Принят, ждём клиента");
        MimeMessage mail = awaitClientMail(name);
        perform(manager, "CLOSE");
        manager.waitForText(By.id("projectStatus"), "Закрыт");

        assertEquals(CLIENT_MAIL, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Оптима-Кат: заказ «" + name + "» готов", mail.getSubject());
        assertEquals("CLOSED", Database.text("select status from project where name = ?", name));
        manager.waitForText(By.id("historyList"), "Трудности устранены");
        manager.screenshot("cycle-closed");
    }

    @Test
    void refusalNeedsReasonAndTakesLayoutOffBoard(Browser manager, Browser executor) {
        String name = uniqueName("Отказ после запуска");
        manager.signIn("manager", "demo");
        executor.signIn("laser", "demo");
        createAndLaunch(manager, name);
        openBoardTab(executor, "availableTab");
        executor.visible(rowButton("availableTable", name, "take"));

        manager.openDialog(By.cssSelector(".oc-action-REFUSE"), "actionDialog");
        manager.visible(By.id("actionForm:confirm")).click();
        manager.waitForAjax();
        assertEquals("Укажите причину.", manager.visible(By.id("actionForm:commentMessage")).getText());
        assertEquals("WAITING", Database.text("select status from project where name = ?", name));
        manager.driver().findElement(By.id("actionForm:comment")).sendKeys("Клиент нашёл другой подрядчик");
        manager.driver().findElement(By.id("actionForm:confirm")).click();
        manager.waitForText(By.id("projectStatus"), "Отказ");
        manager.waitForText(By.id("historyList"), "Клиент нашёл другой подрядчик");

        openBoardTab(executor, "availableTab");
        assertTrue(rows(executor, "availableTable", name).isEmpty(), "a refused project's layout left the board");
        assertEquals("REFUSED", Database.text("select status from project where name = ?", name));
    }

    @Test
    void suspendHidesProjectFromBoardUntilResumed(Browser manager, Browser executor) {
        String name = uniqueName("Пауза на доске");
        manager.signIn("manager", "demo");
        executor.signIn("laser", "demo");
        createAndLaunch(manager, name);
        openBoardTab(executor, "availableTab");
        executor.visible(rowButton("availableTable", name, "take"));

        perform(manager, "SUSPEND");
        manager.waitForText(By.id("projectStatus"), "Приостановлен");
        openBoardTab(executor, "availableTab");
        List<WebElement> whileSuspended = rows(executor, "availableTable", name);
        perform(manager, "RESUME");
        manager.waitForText(By.id("projectStatus"), "Ждёт очереди");
        openBoardTab(executor, "availableTab");

        assertTrue(whileSuspended.isEmpty(), "a suspended project is hidden from the board");
        executor.visible(rowButton("availableTable", name, "take"));
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates a one-item project of the demo plywood on the project form, due in 36 hours so that
     * its layout comes before the demo layouts on the board, and launches it on its page.
     */
    private static void createAndLaunch(Browser manager, String name) {
        manager.open("/app/projects/edit.xhtml");
        manager.visible(By.id("projectForm:client_input"));
        manager.waitForAjax();
        manager.chooseSuggestion("projectForm:client", "Лето", CLIENT);
        manager.selectOne("projectForm:items:0:file", FILE);
        manager.selectOne("projectForm:items:0:material", MATERIAL);
        manager.driver().findElement(By.id("projectForm:name")).sendKeys(name);
        manager.script("PrimeFaces.getWidgetById('projectForm:deadline')"
                + ".setDate(new Date(Date.now() + 36 * 3600 * 1000));");
        manager.driver().findElement(By.id("projectForm:save")).click();
        manager.waitForText(By.id("projectName"), name);
        assertEquals("Ждёт очереди", manager.driver().findElement(By.id("projectStatus")).getText());

        perform(manager, "LAUNCH");
        manager.waitForText(By.id("growl_container"), "Проект запущен.");
    }

    /** Starts a status action on the project page and confirms it in its dialog. */
    private static void perform(Browser manager, String action) {
        manager.openDialog(By.cssSelector(".oc-action-" + action), "actionDialog");
        manager.visible(By.id("actionForm:confirm")).click();
        manager.waitForAjax();
    }

    /** Reloads the project page and checks the status it shows. */
    private static void assertStatus(Browser manager, String projectUrl, String status) {
        manager.driver().get(projectUrl);
        assertEquals(status, manager.visible(By.id("projectStatus")).getText());
    }

    private static void openBoardTab(Browser executor, String tab) {
        executor.open("/app/board.xhtml");
        executor.visible(By.cssSelector("a[href='#boardForm:tabs:" + tab + "']")).click();
        executor.waitForAjax();
        executor.visible(By.id("boardForm:tabs:" + tab.replace("Tab", "Table")));
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
    /** Waits until the bell's websocket is open, so that a push from now on reaches this page. */
    private static void awaitBellSocket(Browser browser) {
        new WebDriverWait(browser.driver(), PUSH_WAIT)
                .until(driver -> Boolean.TRUE.equals(browser.script("return window.ocBellOpen === true;")));
        browser.waitForAjax();
    }

    private static long unread(Browser browser) {
        List<WebElement> badge = browser.driver().findElements(By.id("headerForm:unread"));
        return badge.isEmpty() ? 0 : Long.parseLong(badge.get(0).getText().trim());
    }

    /** Waits for the acceptance e-mail of the project, which the outbox sends within seconds. */
    private static MimeMessage awaitClientMail(String projectName) {
        return Awaitility.await().atMost(MAIL_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> clientMail(projectName), Objects::nonNull);
    }

    private static MimeMessage clientMail(String projectName) throws MessagingException {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getSubject() != null && message.getSubject().contains(projectName)) {
                return message;
            }
        }
        return null;
    }
}
