/**
 * System tests of the demo data set that the quick start and the test server load.
 */
package com.optimacut.it.demo;
