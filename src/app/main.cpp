#include "app/startup/Application.h"
#include "core/SystemTimeZone.h"

int main(int argc, char* argv[])
{
    np::readSystemTimeZoneOnce(); // before Qt starts any thread
    return np::app::runApplication(argc, argv);
}
