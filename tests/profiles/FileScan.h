#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fileScan {

// Every regular file under root (recursively, hidden ones too; no symlinks, sockets or
// FIFOs) whose bytes contain one of the needles.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles);
// How many files the scan looked at (to show it was not empty).
int countFiles(const QString &root);
// The forms a secret could take in a file: as is, UTF-16, base64, hex.
QList<QByteArray> secretForms(const QByteArray &secret);

} // namespace fileScan
