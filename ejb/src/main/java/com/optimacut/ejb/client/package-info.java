/**
 * Clients and their file storage («Файловый менеджер клиента»): contacts, «Специальные условия и
 * цены», search, and the upload of layout files, which are analysed on the way in (DXF, SVG) or
 * kept for dimensions entered by hand (PDF, AI, CDR, raster).
 */
package com.optimacut.ejb.client;
