package claims

import "testing"

func TestPolicyObjects(t *testing.T) {
	checkKeys(t, []keyCase{
		{"wall", "Senator Lena Varro demanded a wall on the northern border.", []string{"varro|demand|wall"}},
		{"tariffs", "Varro has called for steep tariffs on Ostmark goods.", []string{"varro|demand|tariffs"}},
		{"pledge of tariffs", "Varro vowed to impose tariffs on Ostmark.", []string{"varro|support|tariffs"}},
		{"qualified wage", "Varro supports a $15 minimum wage.", []string{"varro|support|wage:minimum"}},
		{"unqualified prosecutor", "Varro called for a prosecutor.", nil},
		{"name, not a wall", "Varro opposed Wall Street banks.", nil},
		{"modifier, not the head", "Varro welcomed the tariff exemption.", nil},
		{"adjective holder", "Valdorian lawmakers called for a wall.", nil},
		{"relative clause of a noun", "Varro wants a platform that calls for a $15 minimum wage.", nil},
	})
}
