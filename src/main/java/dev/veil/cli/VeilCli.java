package dev.veil.cli;
public final class VeilCli { public static void main(String[] a) {} }
