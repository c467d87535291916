package com.optimacut.it.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method the browsers it asks for as {@link Browser} parameters, saves a
 * screenshot and the page's HTML of each when the test fails (in {@code ear/target/screenshots},
 * named after the class, the method and the browser's position), and closes them after the test.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = new Browser();
        browsers(context).add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Browser> browsers = browsers(context);
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            if (context.getExecutionException().isPresent()) {
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + i;
                browser.screenshot(name);
                browser.pageSource(name);
            }
            browser.close();
        }
        browsers.clear();
    }

    @SuppressWarnings("unchecked")
    private static List<Browser> browsers(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browsers", key -> new ArrayList<Browser>(), List.class);
    }
}
