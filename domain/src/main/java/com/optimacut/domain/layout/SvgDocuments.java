package com.optimacut.domain.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses SVG bytes with the JDK's XML parser set up against XXE: external entities, external DTDs
 * and XInclude are off and secure processing caps entity expansion, so a file can neither read
 * local files nor reach the network nor blow up in memory. An internal DOCTYPE is allowed because
 * Adobe Illustrator writes one.
 */
final class SvgDocuments {

    private SvgDocuments() {
    }

    static Document parse(String fileName, byte[] content) throws LayoutAnalysisException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new FailOnError());
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
            return builder.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (SAXParseException e) {
            throw new LayoutAnalysisException(e, "layout.error.malformedSvg", fileName, e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new LayoutAnalysisException(e, "layout.error.malformedSvg", fileName, 0, 0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser rejects a standard security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setValidating(false);
        return factory;
    }

    /** Turns every parser error into a failure instead of the parser's default print to stderr. */
    private static final class FailOnError implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings, such as an unused namespace, do not make the file unusable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
