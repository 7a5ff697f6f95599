#include "TutorialCatalog.h"

#include <QString>

namespace lifeboat::test {

QList<QByteArray> tutorialV1Products()
{
    return {
        R"({"_id": {"$numberLong": "1"}, "name": "Gaming Laptop", "price": {"$numberInt": "1500"}, "stock": {"$numberInt": "20"}})",
        R"({"_id": {"$numberLong": "2"}, "name": "Wireless Mouse", "price": {"$numberInt": "30"}, "stock": {"$numberInt": "150"}})",
        R"({"_id": {"$numberLong": "3"}, "name": "Mechanical Keyboard", "price": {"$numberInt": "120"}, "stock": {"$numberInt": "80"}})",
        R"({"_id": {"$numberLong": "4"}, "name": "4K Monitor", "price": {"$numberInt": "400"}, "stock": {"$numberInt": "45"}})",
        R"({"_id": {"$numberLong": "5"}, "name": "USB-C Hub", "price": {"$numberInt": "50"}, "stock": {"$numberInt": "200"}})",
    };
}

QList<QByteArray> tutorialV2Products()
{
    QList<QByteArray> out;
    const char *names[] = {"Gaming Laptop", "Wireless Mouse", "Mechanical Keyboard", "4K Monitor", "USB-C Hub", "Noise Cancelling Headphones", "Smart Watch"};
    const int prices[] = {1500, 30, 120, 400, 50, 250, 300};
    const int stocks[] = {20, 150, 80, 45, 200, 35, 25};
    for (int i = 0; i < 7; ++i)
        out << QStringLiteral(R"({"_id": {"$numberLong": "%1"}, "name": "%2", "category": "%3", "description": "Description for %2", "price": %4, "stock": %5, "rating": %6, "review_count": %7})")
                   .arg(i + 1)
                   .arg(QLatin1String(names[i]))
                   .arg(i < 5 ? QStringLiteral("Electronics") : QStringLiteral("Gadgets"))
                   .arg(prices[i])
                   .arg(stocks[i])
                   .arg(i < 5 ? QStringLiteral("4.5") : QStringLiteral("4.7"))
                   .arg(i < 5 ? 0 : 12)
                   .toUtf8();
    return out;
}

} // namespace lifeboat::test
