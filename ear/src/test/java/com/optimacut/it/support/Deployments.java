package com.optimacut.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the archive for in-container tests from the real EAR: the same EJB module, libraries
 * and role mappings, with the screens replaced by a test web module that holds the test classes.
 * It deploys as application {@code optimacut-it} beside the real {@code optimacut}, on the same
 * database.
 */
public final class Deployments {

    public static final String APPLICATION = "optimacut-it";

    private Deployments() {
    }

    /** Returns the test EAR holding the given test classes and the run-as helpers. */
    public static EnterpriseArchive inContainer(Class<?>... testClasses) {
        EnterpriseArchive real = ShrinkWrap.create(ZipImporter.class, "optimacut.ear")
                .importFrom(new File(TestSettings.earFile())).as(EnterpriseArchive.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, APPLICATION + ".ear").merge(real);
        ear.delete("optimacut-web.war");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml()));

        WebArchive tests = ShrinkWrap.create(WebArchive.class, APPLICATION + ".war")
                .addClasses(testClasses)
                .addClasses(TestSettings.class, RunAsAdmin.class, RunAsManager.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear.addAsModule(tests);
    }

    private static String applicationXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                    <application-name>%1$s</application-name>
                    <module><ejb>optimacut-ejb.jar</ejb></module>
                    <module><web><web-uri>%1$s.war</web-uri><context-root>/%1$s</context-root></web></module>
                    <library-directory>lib</library-directory>
                </application>
                """.formatted(APPLICATION);
    }
}
