package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import com.optimacut.it.support.Database;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The project form and the project page in Chromium as the demo manager: creating a project for
 * a demo client, rejected input, and the status actions launch, refuse, suspend and resume. Each
 * test creates its own project with a unique name.
 */
@ExtendWith(BrowserExtension.class)
class ProjectFormBrowserIT {

    private static final String CLIENT = "Кафе «Лето»";
    private static final String FILE = "меню-подставка.svg";

    @Test
    void createdProjectIsListedAsWaiting(Browser browser) {
        browser.signIn("manager", "demo");
        // Sorts before every other project of the client by name, so the first page shows it.
        String name = uniqueName("0 Меню-холдеры");

        createProject(browser, name);

        assertEquals("Ждёт очереди", browser.visible(By.id("projectStatus")).getText());
        browser.screenshot("project-page");
        browser.open("/app/projects/list.xhtml");
        browser.chooseSuggestion("projectsForm:clientFilter", "Лето", CLIENT);
        browser.driver().findElement(By.id("projectsForm:applyFilters")).click();
        browser.waitForAjax();
        By nameHeader = By.id("projectsForm:projectsTable:nameColumn");
        browser.visible(nameHeader).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                "ascending".equals(driver.findElement(nameHeader).getAttribute("aria-sort")));
        browser.waitForAjax();
        WebElement row = browser.visible(By.xpath("//tbody[@id='projectsForm:projectsTable_data']"
                + "//tr[.//a[normalize-space()='" + name + "']]"));
        assertEquals("Ждёт очереди", row.findElement(By.cssSelector(".oc-status")).getText());
    }

    @Test
    void secondItemIsAddedAndSaved(Browser browser) {
        browser.signIn("manager", "demo");
        String name = uniqueName("Два изделия");
        openNewForm(browser);
        chooseClientAndItem(browser);

        browser.driver().findElement(By.id("projectForm:addItem")).click();
        browser.waitForAjax();
        assertTrue(browser.selectOne("projectForm:items:1:file", FILE).contains(FILE));
        browser.selectOne("projectForm:items:1:material", null);
        browser.driver().findElement(By.id("projectForm:name")).sendKeys(name);
        browser.driver().findElement(By.id("projectForm:save")).click();
        browser.waitForText(By.id("projectName"), name);

        assertEquals(2, Database.number("select count(*) from project_item i join project p on p.id = i.project_id"
                + " where p.name = ?", name));
    }

    @Test
    void languageSwitchKeepsProjectPage(Browser browser) {
        browser.signIn("manager", "demo");
        String name = uniqueName("Язык");
        createProject(browser, name);

        browser.visible(By.linkText("English")).click();

        browser.waitForText(By.id("projectStatus"), "Waiting in queue");
        assertEquals(name, browser.visible(By.id("projectName")).getText());
        assertTrue(browser.driver().getCurrentUrl().contains("id="), browser.driver().getCurrentUrl());
        browser.visible(By.linkText("Русский")).click();
        browser.waitForText(By.id("projectStatus"), "Ждёт очереди");
    }

    @Test
    void emptyNameShowsMessageAndSavesNothing(Browser browser) {
        browser.signIn("manager", "demo");
        openNewForm(browser);
        chooseClientAndItem(browser);
        long projectsBefore = Database.count("project");

        browser.driver().findElement(By.id("projectForm:save")).click();

        assertEquals("Укажите название проекта.", fieldMessage(browser, "projectForm:name"));
        assertTrue(browser.driver().getCurrentUrl().contains("/app/projects/edit.xhtml"));
        assertEquals(projectsBefore, Database.count("project"));
    }

    @Test
    void tooLongNameShowsMessageAndSavesNothing(Browser browser) {
        browser.signIn("manager", "demo");
        openNewForm(browser);
        chooseClientAndItem(browser);
        String name = uniqueName("Длинное название") + " " + "ж".repeat(200);
        browser.script("document.getElementById('projectForm:name').value = arguments[0]", name);
        long projectsBefore = Database.count("project");

        browser.driver().findElement(By.id("projectForm:save")).click();

        assertEquals("Название длиннее 200 символов.", fieldMessage(browser, "projectForm:name"));
        assertEquals(projectsBefore, Database.count("project"));
    }

    @Test
    void missingClientShowsMessageAndSavesNothing(Browser browser) {
        browser.signIn("manager", "demo");
        openNewForm(browser);
        String name = uniqueName("Без клиента");
        browser.driver().findElement(By.id("projectForm:name")).sendKeys(name);

        browser.driver().findElement(By.id("projectForm:save")).click();

        assertEquals("Выберите клиента.", fieldMessage(browser, "projectForm:client"));
        assertNotSaved(name);
    }

    @Test
    void wrongFileTypeIsRejectedAndNotStored(Browser browser) throws IOException {
        browser.signIn("manager", "demo");
        openNewForm(browser);
        chooseClientAndItem(browser);
        Path text = Files.createTempDirectory("upload-").resolve("заметки.txt");
        Files.writeString(text, "не макет");
        long filesBefore = clientFiles();

        try {
            upload(browser, text);

            assertEquals("Файл «заметки.txt» не принят: загрузите DXF, SVG, PDF, AI, CDR или EPS.",
                    uploadMessage(browser));
            assertEquals(filesBefore, clientFiles());
        } finally {
            Files.delete(text);
            Files.delete(text.getParent());
        }
    }

    /** The browser refuses it before sending, with the same words as the server's check. */
    @Test
    void uploadOverFiftyMegabytesIsRejectedAndNotStored(Browser browser) throws IOException {
        browser.signIn("manager", "demo");
        openNewForm(browser);
        chooseClientAndItem(browser);
        Path large = Files.createTempDirectory("upload-").resolve("большой.dxf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024 + 1);
        }
        long filesBefore = clientFiles();

        try {
            upload(browser, large);

            assertEquals("Файл «большой.dxf» больше 50 МБ. Уменьшите файл или разделите его на несколько.",
                    uploadMessage(browser));
            assertEquals(filesBefore, clientFiles());
        } finally {
            Files.delete(large);
            Files.delete(large.getParent());
        }
    }

    /** Above the container's 60 MB multipart limit the server would respond with its error page. */
    @Test
    void uploadOverContainerLimitIsRejectedAndNotStored(Browser browser) throws IOException {
        browser.signIn("manager", "demo");
        openNewForm(browser);
        chooseClientAndItem(browser);
        Path large = Files.createTempDirectory("upload-").resolve("большой.dxf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(70L * 1024 * 1024);
        }
        long filesBefore = clientFiles();

        try {
            upload(browser, large);

            assertEquals("Файл «большой.dxf» больше 50 МБ. Уменьшите файл или разделите его на несколько.",
                    uploadMessage(browser));
            assertEquals(filesBefore, clientFiles());
        } finally {
            Files.delete(large);
            Files.delete(large.getParent());
        }
    }

    @Test
    void zeroQuantityShowsMessageAndSavesNothing(Browser browser) {
        browser.signIn("manager", "demo");
        String name = uniqueName("Нулевое количество");
        openNewForm(browser);
        chooseClientAndItem(browser);
        browser.driver().findElement(By.id("projectForm:name")).sendKeys(name);
        WebElement quantity = browser.driver().findElement(By.id("projectForm:items:0:quantity_input"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "0");

        browser.driver().findElement(By.id("projectForm:save")).click();

        assertEquals("Количество: целое число от 1 до 100 000.", fieldMessage(browser, "projectForm:items:0:quantity"));
        assertNotSaved(name);
    }

    @Test
    void tooLongDescriptionShowsMessageAndSavesNothing(Browser browser) {
        browser.signIn("manager", "demo");
        String name = uniqueName("Длинное описание");
        openNewForm(browser);
        chooseClientAndItem(browser);
        browser.driver().findElement(By.id("projectForm:name")).sendKeys(name);
        browser.script("document.getElementById('projectForm:description').value = 'я'.repeat(4001)");

        browser.driver().findElement(By.id("projectForm:save")).click();

        assertEquals("Описание длиннее 4000 символов.", fieldMessage(browser, "projectForm:description"));
        assertNotSaved(name);
    }

    @Test
    void launchNeedsConfirmation(Browser browser) {
        browser.signIn("manager", "demo");
        createProject(browser, uniqueName("Запуск"));

        action(browser, "LAUNCH");
        assertEquals("Запустить проект? Его макеты появятся в очереди исполнителей.",
                browser.visible(By.id("question")).getText());
        browser.driver().findElement(By.id("actionForm:confirm")).click();

        browser.waitForText(By.id("growl_container"), "Проект запущен.");
        browser.waitForText(By.id("historyList"), "Запуск проекта");
        assertTrue(browser.driver().findElements(By.cssSelector(".oc-action-LAUNCH")).isEmpty());
    }

    @Test
    void refusalRequiresReason(Browser browser) {
        browser.signIn("manager", "demo");
        createProject(browser, uniqueName("Отказ"));

        action(browser, "REFUSE");
        browser.driver().findElement(By.id("actionForm:confirm")).click();
        assertEquals("Укажите причину.", fieldMessage(browser, "actionForm:comment"));
        assertEquals("Ждёт очереди", browser.driver().findElement(By.id("projectStatus")).getText());
        browser.driver().findElement(By.id("actionForm:comment")).sendKeys("Клиент передумал");
        browser.driver().findElement(By.id("actionForm:confirm")).click();

        browser.waitForText(By.id("projectStatus"), "Отказ");
        browser.waitForText(By.id("historyList"), "Клиент передумал");
    }

    @Test
    void suspendAndResumeReturnToWaiting(Browser browser) {
        browser.signIn("manager", "demo");
        createProject(browser, uniqueName("Пауза"));

        action(browser, "SUSPEND");
        browser.driver().findElement(By.id("actionForm:confirm")).click();
        browser.waitForText(By.id("projectStatus"), "Приостановлен");
        action(browser, "RESUME");
        browser.driver().findElement(By.id("actionForm:confirm")).click();

        browser.waitForText(By.id("projectStatus"), "Ждёт очереди");
        browser.screenshot("project-resumed");
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void openNewForm(Browser browser) {
        browser.open("/app/projects/edit.xhtml");
        browser.visible(By.id("projectForm:client_input"));
        browser.waitForAjax();
    }

    private static void chooseClientAndItem(Browser browser) {
        browser.chooseSuggestion("projectForm:client", "Лето", CLIENT);
        // The client's files arrive with the ajax update of the items after the selection.
        assertTrue(browser.selectOne("projectForm:items:0:file", FILE).contains(FILE));
        browser.selectOne("projectForm:items:0:material", null);
    }

    private static void createProject(Browser browser, String name) {
        openNewForm(browser);
        chooseClientAndItem(browser);
        browser.driver().findElement(By.id("projectForm:name")).sendKeys(name);
        browser.driver().findElement(By.id("projectForm:save")).click();
        browser.waitForText(By.id("projectName"), name);
    }

    private static void action(Browser browser, String action) {
        browser.openDialog(By.cssSelector(".oc-action-" + action), "actionDialog");
        browser.visible(By.id("actionForm:confirm"));
    }

    /** Waits for the ajax response and returns the message shown next to the field. */
    private static String fieldMessage(Browser browser, String fieldId) {
        browser.waitForAjax();
        return browser.visible(By.id(fieldId + "Message")).getText();
    }

    private static void assertNotSaved(String name) {
        assertEquals(0, Database.number("select count(*) from project where name = ?", name), name);
    }

    /** Returns how many files the demo client has in its file manager. */
    private static long clientFiles() {
        return Database.number("select count(*) from client_file f join client c on c.id = f.client_id"
                + " where c.name = ?", CLIENT);
    }

    /** Gives the file to the upload's file input, as a drop or the file chooser does. */
    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("[id='projectForm:upload'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Returns the error the upload shows: the server's, next to the field, or the browser's check of
     * the size before sending, in the upload's own message list.
     */
    private static String uploadMessage(Browser browser) {
        browser.waitForAjax();
        By shown = By.cssSelector("[id='projectForm:uploadMessage'],"
                + " [id='projectForm:upload'] .ui-fileupload-messages .ui-messages-error-summary");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> driver.findElements(shown).stream()
                .anyMatch(element -> !element.getText().isBlank()));
        return browser.driver().findElements(shown).stream().map(WebElement::getText).filter(text -> !text.isBlank())
                .findFirst().orElseThrow().trim();
    }
}
