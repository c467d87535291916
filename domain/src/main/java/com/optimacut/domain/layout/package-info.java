/**
 * Layout-file analysis: reads a client's DXF or SVG cutting layout and measures what pricing needs
 * (cut length, pierces, open contours, bounding box, net area and engraving length, all in
 * millimetres). The package uses only the JDK ({@code java.awt.geom} for transforms and
 * point-in-contour tests, the JDK's XML parser for SVG), so it runs in a service, in a test or as
 * the stand-alone {@link com.optimacut.domain.layout.LayoutCli} without a container.
 */
package com.optimacut.domain.layout;
