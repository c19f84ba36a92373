package vn.tinhso.cameras.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** XML from cameras: namespace-aware, with DTDs and external entities refused (an XXE payload reads no file). */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new BadPayload("not well-formed XML or a DTD, which is refused: " + e.getMessage(), e);
        }
    }

    /** Descendants with this local name, in any namespace. */
    static List<Element> all(Node under, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList list = under instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) under).getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    static Element first(Node under, String localName) {
        List<Element> found = all(under, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The trimmed text of the first descendant with this local name, null when absent or blank. */
    static String text(Node under, String localName) {
        Element e = first(under, localName);
        if (e == null) return null;
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    static String attribute(Element e, String name) {
        if (e == null) return null;
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
