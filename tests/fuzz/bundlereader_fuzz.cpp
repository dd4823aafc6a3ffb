// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the bytes of a file handed to the bundle reader, as `pdsa bundle import` and the
// import dialog hand it a file. The reader must refuse bad input with an error, never crash,
// hang, leak or trip UBSan (docs/fuzzing.md). No QCoreApplication: the reader needs none.

#include "bundle/bundle.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    (void)pdsa::bundle::readBundle(device, QStringLiteral("fuzz.pdsabundle"));
    return 0;
}
