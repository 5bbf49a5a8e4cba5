package nl.schoolsupport.poortwachter.licence;

import java.time.LocalDate;

/** JSON answers per the contract, as a real licence service would send them. */
final class Answers {

    private Answers() {
    }

    static String success(LocalDate validUntil) {
        return """
                {"user": {"id": "LB-9001", "firstName": "Jan", "infix": "van", "lastName": "Damme", "role": "teacher",
                          "duties": ["school_administrator", "some_future_duty"]},
                 "school": {"code": "VL-123456", "name": "Sint-Jozefschool", "country": "BE", "institutionNumber": "123456"},
                 "administrator": {"name": "Mieke Janssens", "email": "mieke@sintjozef.example"},
                 "licence": {"product": "BAREKA", "productName": "Bareka", "status": "active", "validUntil": "%s",
                             "autoRenewal": false},
                 "somethingNew": {"ignored": true}}
                """.formatted(validUntil);
    }

    static String problem(int status, String code) {
        return "{\"type\":\"https://schoolsupport.nl/problems/licence/x\",\"title\":\"t\",\"status\":" + status
                + ",\"code\":\"" + code + "\"}";
    }
}
