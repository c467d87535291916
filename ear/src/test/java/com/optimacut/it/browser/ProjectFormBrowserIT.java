package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import java.time.Duration;
import java.util.List;
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
        String name = uniqueName("Меню-холдеры");

        createProject(browser, name);

        assertEquals("Ждёт очереди", browser.visible(By.id("projectStatus")).getText());
        browser.screenshot("project-page");
        browser.open("/app/projects/list.xhtml");
        WebElement row = browser.visible(By.xpath("//tbody[@id='projectsForm:projectsTable_data']"
                + "//tr[.//a[normalize-space()='" + name + "']]"));
        assertEquals("Ждёт очереди", row.findElement(By.cssSelector(".oc-status")).getText());
    }

    @Test
    void emptyNameShowsMessageAndSavesNothing(Browser browser) {
        browser.signIn("manager", "demo");
        openNewForm(browser);
        chooseClientAndItem(browser);

        browser.driver().findElement(By.id("projectForm:save")).click();

        assertEquals("Укажите название проекта.", fieldMessage(browser, "projectForm:name"));
        assertTrue(browser.driver().getCurrentUrl().contains("/app/projects/edit.xhtml"));
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
        assertNotListed(browser, name);
    }

    @Test
    void tooLongDescriptionShowsMessageAndSavesNothing(Browser browser) {
        browser.signIn("manager", "demo");
        String name = uniqueName("Длинное описание");
        openNewForm(browser);
        chooseClientAndItem(browser);
        browser.driver().findElement(By.id("projectForm:name")).sendKeys(name);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('projectForm:description').value = 'я'.repeat(4001)");

        browser.driver().findElement(By.id("projectForm:save")).click();

        assertEquals("Описание длиннее 4000 символов.", fieldMessage(browser, "projectForm:description"));
        assertNotListed(browser, name);
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
        assertEquals("Укажите причину.", browser.visible(By.cssSelector("#actionForm\\:commentMessage")).getText());
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
    }

    private static void chooseClientAndItem(Browser browser) {
        browser.driver().findElement(By.id("projectForm:client_input")).sendKeys("Лето");
        browser.visible(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + CLIENT + "')]"))
                .click();
        // The client's files arrive with the ajax update of the items after the selection.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> !driver.findElements(
                By.xpath("//select[@id='projectForm:items:0:file_input']/option[contains(., '" + FILE + "')]")).isEmpty());
        chooseOption(browser, "projectForm:items:0:file", FILE);
        chooseOption(browser, "projectForm:items:0:material", null);
    }

    /**
     * Opens a PrimeFaces select menu and picks the option containing the text, or the first real
     * one, until the menu's label shows it: a click during the panel's opening animation is lost.
     */
    private static void chooseOption(Browser browser, String menuId, String text) {
        String panel = "//div[starts-with(@id, '" + menuId + "_') and contains(@class, 'ui-selectonemenu-panel')]";
        String items = panel + "//li[contains(@class, 'ui-selectonemenu-item')]";
        By option = text == null ? By.xpath("(" + items + ")[2]") : By.xpath(items + "[contains(., '" + text + "')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(RuntimeException.class).until(driver -> {
            List<WebElement> openPanels = driver.findElements(By.xpath(panel)).stream().filter(WebElement::isDisplayed)
                    .toList();
            if (openPanels.isEmpty()) {
                driver.findElement(By.id(menuId)).click();
            }
            WebElement choice = driver.findElement(option);
            String label = choice.getText();
            choice.click();
            return driver.findElement(By.id(menuId + "_label")).getText().equals(label);
        });
    }

    private static void createProject(Browser browser, String name) {
        openNewForm(browser);
        chooseClientAndItem(browser);
        browser.driver().findElement(By.id("projectForm:name")).sendKeys(name);
        browser.driver().findElement(By.id("projectForm:save")).click();
        browser.waitForText(By.id("projectName"), name);
    }

    private static void action(Browser browser, String action) {
        browser.visible(By.cssSelector(".oc-action-" + action)).click();
        browser.visible(By.id("actionForm:confirm"));
    }

    private static String fieldMessage(Browser browser, String fieldId) {
        return browser.visible(By.id(fieldId + "Message")).getText();
    }

    private static void assertNotListed(Browser browser, String name) {
        browser.open("/app/projects/list.xhtml");
        browser.visible(By.id("projectsForm:projectsTable"));
        assertTrue(browser.driver().findElements(By.linkText(name)).isEmpty(), name);
    }
}
