package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The administrator's pages in Chromium: a material rejected at its field then stored, the
 * courier address setting, and a user rejected for a short password then created.
 */
@ExtendWith(BrowserExtension.class)
class AdminBrowserIT {

    @Test
    void materialWithInvalidThicknessIsRejectedThenSaved(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/materials.xhtml");
        String code = "IT-" + System.nanoTime();
        String name = "Фанера IT " + code;

        browser.openDialog(By.id("materialsForm:newMaterial"), "materialDialog");
        browser.visible(By.id("materialForm:code")).sendKeys(code);
        browser.driver().findElement(By.id("materialForm:name")).sendKeys(name);
        // Chosen through the menu's widget rather than clicked: the panel slides open, and a click
        // during the animation can miss the item.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById('materialForm:kind').selectValue('PLYWOOD');");
        browser.waitForText(By.id("materialForm:kind_label"), "Фанера");
        type(browser, "thicknessMm", "500");
        type(browser, "sheetWidthMm", "1500");
        type(browser, "sheetHeightMm", "1500");
        type(browser, "pricePerSheet", "1200");
        type(browser, "cuttingSpeedMmPerS", "20");
        type(browser, "machineMinuteRate", "30");
        browser.driver().findElement(By.id("materialForm:save")).click();

        browser.waitForText(fieldMessage("thicknessMm"), "Толщина: от 0,1 до 200 мм, с точностью до 0,01 мм.");
        browser.screenshot("materials-rejected");
        assertFalse(browser.driver().findElement(By.id("materialsForm:materialsTable")).getText().contains(code));

        type(browser, "thicknessMm", "4");
        browser.driver().findElement(By.id("materialForm:save")).click();

        try {
            browser.waitForText(By.id("materialsForm:materialsTable"), name);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Material not saved. The dialog shows: "
                    + browser.driver().findElement(By.id("materialForm")).getText(), e);
        }
        browser.screenshot("materials");
    }

    @Test
    void courierEmailCanBeChanged(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/settings.xhtml");
        WebElement field = browser.visible(By.id("settingsForm:COURIER_EMAIL"));
        String original = field.getAttribute("value");
        String address = "it-courier-" + System.nanoTime() + "@example.com";

        replace(field, "not an address");
        browser.driver().findElement(By.id("settingsForm:save")).click();
        browser.waitForText(fieldMessage("COURIER_EMAIL"), "«not an address»");

        replace(browser.driver().findElement(By.id("settingsForm:COURIER_EMAIL")), address);
        browser.driver().findElement(By.id("settingsForm:save")).click();

        browser.waitForText(By.id("settingsForm:settingsTable"), address);
        browser.screenshot("settings");
        replace(browser.driver().findElement(By.id("settingsForm:COURIER_EMAIL")), original);
        browser.driver().findElement(By.id("settingsForm:save")).click();
        browser.waitForText(By.id("growl_container"), "Изменённых настроек сохранено: 1.");
    }

    @Test
    void userWithShortPasswordIsRejectedThenCreated(Browser browser) {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/users.xhtml");
        String username = "it-user-" + System.nanoTime();

        browser.openDialog(By.id("usersForm:newUser"), "userDialog");
        browser.visible(By.id("userForm:username")).sendKeys(username);
        browser.driver().findElement(By.id("userForm:fullName")).sendKeys("Проверка Пользователя");
        browser.driver().findElement(By.id("userForm:password")).sendKeys("short");
        browser.driver().findElement(By.xpath("//*[@id='userForm:roles']//label[normalize-space()='Менеджер']")).click();
        browser.driver().findElement(By.id("userForm:create")).click();

        browser.waitForText(fieldMessage("password"), "Пароль слишком короткий: нужно не меньше 10 символов.");
        assertFalse(browser.driver().findElement(By.id("usersForm:usersTable")).getText().contains(username));

        browser.driver().findElement(By.id("userForm:password")).sendKeys("long-enough-password");
        browser.driver().findElement(By.id("userForm:create")).click();

        browser.waitForText(By.id("usersForm:usersTable"), username);
        assertEquals("Пользователь «" + username + "» создан.",
                browser.visible(By.cssSelector("#growl_container .ui-growl-title")).getText());
        browser.screenshot("users");
    }

    /** Replaces the value of a number field of the material dialog. */
    private static void type(Browser browser, String field, String value) {
        replace(browser.driver().findElement(By.id("materialForm:" + field + "_input")), value);
    }

    private static void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    /** Returns the message shown in the field block of the input with the given id. */
    private static By fieldMessage(String field) {
        return By.xpath("//input[@id='materialForm:" + field + "_input' or @id='settingsForm:" + field
                + "' or @id='userForm:" + field + "']/ancestor::div[contains(@class,'oc-field')]"
                + "//*[contains(@class,'ui-message-error')]");
    }
}
