/** System tests of the client service: contacts, search, special terms and the client's files. */
package com.optimacut.it.client;
