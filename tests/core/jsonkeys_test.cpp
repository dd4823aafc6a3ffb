// SPDX-License-Identifier: Apache-2.0
// A key said twice in one JSON object (core/util/jsonkeys.h), which Qt's reader would resolve
// silently in favour of the last.
#include "util/jsonkeys.h"

#include <gtest/gtest.h>

using pdsa::util::repeatedJsonKey;

TEST(JsonKeys, a_key_said_twice_in_one_object_is_found) {
    EXPECT_EQ(repeatedJsonKey(R"({"id":"a","title":"x","id":"b"})"), QStringLiteral("id"));
}

TEST(JsonKeys, keys_are_compared_as_the_text_they_stand_for) {
    EXPECT_EQ(repeatedJsonKey(R"({"title":"x","\u0074itle":"y"})"), QStringLiteral("title"));
    EXPECT_EQ(repeatedJsonKey(R"({"a\"b":1,"a\u0022b":2})"), QStringLiteral("a\"b"));
}

TEST(JsonKeys, a_nested_object_has_keys_of_its_own) {
    EXPECT_EQ(repeatedJsonKey(R"({"owner":{"role":"team","name":"x"},"name":"y","role":[{"role":1}]})"),
              std::nullopt);
    EXPECT_EQ(repeatedJsonKey(R"({"files":[{"name":"a"},{"name":"b","bytes":1,"bytes":2}]})"),
              QStringLiteral("bytes"));
}

TEST(JsonKeys, values_that_look_like_keys_or_brackets_are_not_keys) {
    EXPECT_EQ(repeatedJsonKey(R"({"a":"a","b":"{\"a\":1,\"a\":2}","c":["a","a"],"d":"x,\"e\""})"),
              std::nullopt);
}

TEST(JsonKeys, after_a_closed_object_the_outer_keys_are_still_counted) {
    EXPECT_EQ(repeatedJsonKey(R"({"a":{"b":1},"c":[1,{"a":2}],"a":3})"), QStringLiteral("a"));
}

TEST(JsonKeys, an_object_of_a_million_keys_is_read_in_linear_time) {
    QByteArray json = "{";
    for (int i = 0; i < 1'000'000; ++i)
        json += "\"k" + QByteArray::number(i) + "\":0,";
    json += "\"k999999\":1}";
    // Compared with a list, this took hours; hashed, well under a second.
    EXPECT_EQ(repeatedJsonKey(json), QStringLiteral("k999999"));
}
